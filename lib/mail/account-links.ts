/** What an account link's token becomes wherever a person other than its addressee could read it. */
export const MASKED_TOKEN = "••••••";

/** The pages whose link carries a one-time account token: an invitation and a password reset. */
const TOKEN_PATHS = ["invitation", "password/reset"] as const;

// A token as issued is 43 base64url characters; anything from 16 on is treated as one, so no shorter variant slips by.
const TOKEN_IN_LINK = new RegExp(`(/(?:${TOKEN_PATHS.join("|")})/)[A-Za-z0-9_-]{16,}`, "g");
// The whole link, live or masked, with its origin, so a resend can put a new link in its place.
const WHOLE_LINK = new RegExp(`\\S*/(?:${TOKEN_PATHS.join("|")})/(?:[A-Za-z0-9_-]{16,}|${MASKED_TOKEN})`, "g");

/** The text with every account link's token replaced by the mask: what the outbox shows and keeps once delivered. */
export function maskAccountLinks(text: string): string {
  return text.replace(TOKEN_IN_LINK, `$1${MASKED_TOKEN}`);
}

/** Whether the text holds an account link, live or masked (a message that a resend can renew). */
export function hasAccountLink(text: string): boolean {
  return text.match(WHOLE_LINK) !== null;
}

/** The text with each account link, live or masked, replaced by this one. */
export function replaceAccountLinks(text: string, url: string): string {
  return text.replace(WHOLE_LINK, () => url);
}
