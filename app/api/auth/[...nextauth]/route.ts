import NextAuth from "next-auth";
import { CROSS_ORIGIN_MESSAGE, isSameOriginRequest } from "@/lib/api/same-origin";
import { jsonError } from "@/lib/api/respond";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(getAuthOptions())(request, context);
}

/** Sign-in and sign-out posts from another site are refused before next-auth reads them. */
async function post(request: Request, context: Context) {
  await context.params;
  if (!isSameOriginRequest(request)) return jsonError(403, "FORBIDDEN", CROSS_ORIGIN_MESSAGE);
  return handler(request, context);
}

export { handler as GET, post as POST };
