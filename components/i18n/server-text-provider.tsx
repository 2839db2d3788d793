"use client";

import { createContext, useCallback, useContext } from "react";
import { translateIssue, translateText, type ServerText, type ServerTextCatalogue } from "@/lib/i18n/server-text";

const ServerTextContext = createContext<ServerTextCatalogue | undefined>(undefined);

/** Gives the browser the translations of the validation messages (lib/validation) its forms check before sending. */
export function ServerTextProvider({ catalogue, children }: { catalogue: ServerTextCatalogue | undefined; children: React.ReactNode }) {
  return <ServerTextContext.Provider value={catalogue}>{children}</ServerTextContext.Provider>;
}

/** Translates a validation message (or a zod issue, with its template) checked in the browser into the page's language. */
export function useServerText() {
  const catalogue = useContext(ServerTextContext);
  const say = useCallback((message: string | ServerText) => translateText(catalogue, message), [catalogue]);
  const sayIssue = useCallback((issue: { message: string; params?: unknown }) => translateIssue(catalogue, issue), [catalogue]);
  return { say, sayIssue };
}
