import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces client components use (useTranslations in a "use client" file or in a file it imports, such
 * as the site header and its language switch, which the public pages draw in the browser). Only these are sent to the
 * browser: the whole catalogue in every page would weigh on each one, and would put words such as "Winner" in the
 * source of a ceremony page before its reveal. A unit test fails when a client component uses another namespace.
 */
export const CLIENT_MESSAGE_NAMESPACES = ["errorPage", "header", "language", "signIn", "signOut"] as const;

/** The part of the catalogue the browser needs. */
export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_MESSAGE_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}
