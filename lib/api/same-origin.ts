import { msg } from "../i18n/server-text";
import { getEnv } from "../env";
import { AppError } from "../errors";

export const CROSS_ORIGIN_MESSAGE = msg("This request came from another site and was refused.");

/** The origins this app answers on: the configured public URL and the one the request itself names (Host). */
export function listAppOrigins(request: Request): string[] {
  const origins = new Set<string>();
  const publicUrl = getEnv().NEXTAUTH_URL;
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  const host = request.headers.get("host");
  if (host) {
    const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
    const protocol = forwardedProto === "https" || forwardedProto === "http" ? `${forwardedProto}:` : new URL(request.url).protocol;
    origins.add(`${protocol}//${host}`.toLowerCase());
  } else {
    origins.add(new URL(request.url).origin);
  }
  return [...origins];
}

/**
 * Whether a browser sent this request from one of the app's own pages. A foreign or `null` Origin, or a
 * Sec-Fetch-Site other than same-origin, means another site (or another port of this host) made it; a request
 * with neither header comes from no browser page, so it cannot ride on a signed-in person's cookie.
 */
export function isSameOriginRequest(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  return listAppOrigins(request).includes(origin.toLowerCase());
}

/** For mutating route handlers, right after the params: refuses a request another site made (403). */
export function assertSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) throw new AppError("FORBIDDEN", CROSS_ORIGIN_MESSAGE);
}
