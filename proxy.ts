import { NextResponse, type NextRequest } from "next/server";
import { isPublicPagePath, PUBLIC_CACHE_HEADERS } from "@/lib/api/cache-control";
import { isSameOriginRequest } from "@/lib/api/same-origin";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALE_PARAM, resolvePublicLocale } from "@/lib/i18n/locales";
import { PUBLIC_LOCALE_HEADER } from "@/lib/i18n/public-locale-header";
import { buildContentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const ROLE_AREAS = ["/admin", "/coordinator", "/jury"];
const CEREMONY_SCREEN_PATH = /^\/ceremony\/[^/]+$/;

export const REFUSED_ACTION_MESSAGE = "Refused: this form was sent from another site.";

/**
 * Sets the per-request Content-Security-Policy and the public pages' shared-cache headers, refuses server actions
 * posted from another origin, and sends visitors without a session cookie from the role areas to the sign-in page. Convenience only: every page,
 * action and route handler checks the session and the rights itself.
 */
export function proxy(request: NextRequest) {
  // Next would refuse the action too, but with a 500 that reads like our fault.
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOriginRequest(request)) {
    return new NextResponse(REFUSED_ACTION_MESSAGE, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const isHttps = isServedOverHttps(request);
  const policy = buildContentSecurityPolicy({ nonce: createNonce(), isDevelopment: process.env.NODE_ENV === "development", isHttps });
  const publicView = readPublicView(request);
  const response = toSignInRedirect(request) ?? passWithPolicy(request, policy, publicView?.locale);
  response.headers.set("Content-Security-Policy", policy);
  // Next keeps a Cache-Control already set on a dynamic page; every other page keeps Next's private, no-store.
  if (publicView?.isShareable) for (const [name, value] of Object.entries(PUBLIC_CACHE_HEADERS)) response.headers.set(name, value);
  if (isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/**
 * A public page's language and whether a shared cache may keep it. Caches key by URL, so the plain URL is shared only
 * in English and another language only under its ?lang= URL: a page rendered in French because of the visitor's cookie
 * stays private, and no cache can hand it to an English visitor.
 */
function readPublicView(request: NextRequest): { locale: string; isShareable: boolean } | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const langParam = request.nextUrl.searchParams.get(LOCALE_PARAM);
  // The ceremony's audience screen speaks the hall's language: the presenter console opens it with its own ?lang=.
  if (CEREMONY_SCREEN_PATH.test(request.nextUrl.pathname) && isLocale(langParam)) return { locale: langParam, isShareable: false };
  if (!isPublicPagePath(request.nextUrl.pathname)) return null;
  const locale = resolvePublicLocale({ langParam, cookieLocale: request.cookies.get(LOCALE_COOKIE)?.value });
  return { locale, isShareable: langParam === locale || locale === DEFAULT_LOCALE };
}

function toSignInRedirect(request: NextRequest): NextResponse | null {
  // Server actions (POST) answer for themselves, with a message the page can show, so only page views are redirected.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { pathname, search } = request.nextUrl;
  if (!ROLE_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

// Next reads the nonce from the request's CSP header and puts it on its own scripts; i18n/request.ts reads a public
// page's language from the proxy's header, never from one the client sent.
function passWithPolicy(request: NextRequest, policy: string, publicLocale: string | undefined): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  headers.delete(PUBLIC_LOCALE_HEADER);
  if (publicLocale) headers.set(PUBLIC_LOCALE_HEADER, publicLocale);
  return NextResponse.next({ request: { headers } });
}

function isServedOverHttps(request: NextRequest): boolean {
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwardedProto === "https" || request.nextUrl.protocol === "https:" || Boolean(getEnv().NEXTAUTH_URL?.startsWith("https:"));
}

export const config = {
  matcher: [
    "/admin/:path*",
    "/coordinator/:path*",
    "/jury/:path*",
    // Every page, for its CSP and its server actions; not the JSON API, build assets or files with an extension.
    "/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.[A-Za-z0-9]+$).*)",
  ],
};
