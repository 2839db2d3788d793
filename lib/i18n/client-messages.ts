import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces client components use (useTranslations in a "use client" file or in a file it imports), by
 * area of the app: "root" for every page (the site header and its language switch, which public pages draw in the
 * browser, the error pages), then each area's own. A page gets only the root's and its area's: the whole catalogue
 * in every page would weigh on each one, and would put words such as "Winner" in the source of a ceremony page
 * before its reveal (nor the deliberation's 8 KB in each of a juror's dossier pages). A unit test fails when a client
 * component uses a namespace its area does not send.
 */
export const CLIENT_MESSAGE_NAMESPACES = {
  root: ["errorPage", "header", "language", "signIn", "signOut", "ui", "account"],
  public: ["verify"],
  coordinator: ["dossierView", "dossierForm"],
  jury: ["scoreSheet", "dossierView"],
  // The chair's deliberation (app/jury/deliberation, inside the jury area): its charts and tables on top of the jury's.
  juryDeliberation: ["scoreSheet", "dossierView", "deliberation"],
  admin: ["deliberation", "dossierView", "editionsAdmin", "nominationsAdmin", "juryAdmin", "rubricAdmin", "ceremony", "resultAdmin", "mailTemplates", "peopleAdmin", "importAdmin", "auditAdmin"],
  ceremony: ["ceremony"],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = Exclude<keyof typeof CLIENT_MESSAGE_NAMESPACES, "root">;

/** The part of the catalogue the browser needs on a page of the area (the root's part alone without one). */
export function pickClientMessages(messages: AbstractIntlMessages, area?: ClientArea): AbstractIntlMessages {
  const namespaces: readonly string[] = [...CLIENT_MESSAGE_NAMESPACES.root, ...(area ? CLIENT_MESSAGE_NAMESPACES[area] : [])];
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}
