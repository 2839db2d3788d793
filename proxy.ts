import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Sends visitors without a session cookie to the sign-in page. Convenience only: every page, action and
 * route handler checks the session and the rights itself.
 */
export function proxy(request: NextRequest) {
  // Server actions (POST) answer for themselves, with a message the page can show, so only page views are redirected.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/admin/:path*", "/coordinator/:path*", "/jury/:path*"] };
