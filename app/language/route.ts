import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { isPublicPagePath, PRIVATE_CACHE_CONTROL } from "@/lib/api/cache-control";
import { handleRoute, jsonError } from "@/lib/api/respond";
import { assertSameOrigin, listAppOrigins } from "@/lib/api/same-origin";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALE_PARAM, LOCALES, withLocaleParam, type Locale } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/people/set-locale";
import { msg, translateText } from "@/lib/i18n/server-text";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";

const languageChoice = z.object({ locale: z.enum(LOCALES) });

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The header's language switch (a plain form, so it works without JavaScript): remembers the language in a cookie,
 * and on the person's account when signed in, then sends the browser back to the page it came from.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const form = await request.formData().catch(() => new FormData());
    const parsed = languageChoice.safeParse({ locale: form.get("locale") });
    if (!parsed.success) return jsonError(400, "INVALID", translateText(await getRequestServerTextCatalogue(), msg("Choose English or French.")));
    const { locale } = parsed.data;
    const user = await getCurrentUser();
    if (user) await setUserLocale({ db: getDb(), userId: user.id, locale });
    const response = new NextResponse(null, {
      status: 303,
      headers: { Location: getReturnPath(request, locale), "Cache-Control": PRIVATE_CACHE_CONTROL },
    });
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
    return response;
  });
}

/** The page the switch was pressed on (a same-origin Referer), a public page's URL naming the new language; else home. */
function getReturnPath(request: Request, locale: Locale): string {
  const home = withLocaleParam("/", locale);
  const referer = request.headers.get("referer");
  if (!referer || !URL.canParse(referer)) return home;
  const url = new URL(referer);
  if (!listAppOrigins(request).includes(url.origin.toLowerCase())) return home;
  if (isPublicPagePath(url.pathname)) return withLocaleParam(url.pathname + url.search, locale);
  url.searchParams.delete(LOCALE_PARAM);
  return url.pathname + url.search;
}
