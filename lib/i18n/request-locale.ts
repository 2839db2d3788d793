import { cookies, headers } from "next/headers";
import { getCurrentUser } from "../auth/session";
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
  const user = await getCurrentUser();
  return resolveLocale({
    userLocale: user?.locale,
    cookieLocale: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
}
