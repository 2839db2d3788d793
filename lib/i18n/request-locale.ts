import { cookies, headers } from "next/headers";
import { getCurrentUser } from "../auth/session";
import { isDatabaseUnavailableError } from "../errors";
import { isLocale, LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";
import { PUBLIC_LOCALE_HEADER } from "./public-locale-header";

/**
 * The language of this request. A public page reads no session on the server (it is shared-cached), so its language
 * comes from the proxy; every other page asks the signed-in person's choice, then the cookie, then the browser.
 */
export async function getRequestLocale(): Promise<Locale> {
  const headerList = await headers();
  const publicLocale = headerList.get(PUBLIC_LOCALE_HEADER);
  if (isLocale(publicLocale)) return publicLocale;
  // While the database is away the root layout must still render, so the page can say "try again" in the
  // visitor's cookie or browser language instead of failing as a whole; the page's own read then fails and says so.
  const user = await getCurrentUser().catch((error: unknown) => {
    if (isDatabaseUnavailableError(error)) return null;
    throw error;
  });
  return resolveLocale({
    userLocale: user?.locale,
    cookieLocale: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
}
