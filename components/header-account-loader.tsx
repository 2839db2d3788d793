"use client";

import { useEffect, useState } from "react";
import type { HeaderAccount } from "@/lib/auth/header-account";
import { HeaderAccountLinks } from "./site-header-frame";

type LoadState = { isLoaded: false } | { isLoaded: true; account: HeaderAccount | null };

/** The public header's signed-in part, asked of /api/v1/session once the page has loaded in the browser. */
export function HeaderAccountLoader() {
  const [state, setState] = useState<LoadState>({ isLoaded: false });
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/v1/session", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ account: HeaderAccount | null }>) : { account: null }))
      .then((body) => setState({ isLoaded: true, account: body.account }))
      // Offline or refused: offer sign in, which leads to a page that knows.
      .catch(() => {
        if (!controller.signal.aborted) setState({ isLoaded: true, account: null });
      });
    return () => controller.abort();
  }, []);
  // The empty slot keeps the bar's height while the answer comes (a few milliseconds on a public page).
  if (!state.isLoaded) return <span className="ml-auto h-5" aria-hidden="true" />;
  return <HeaderAccountLinks account={state.account} />;
}
