import { NextResponse } from "next/server";
import { PRIVATE_CACHE_CONTROL } from "@/lib/api/cache-control";
import { handleRoute } from "@/lib/api/respond";
import { toHeaderAccount } from "@/lib/auth/header-account";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * What the public pages' header shows of the signed-in person (their name and areas), or null. The public pages
 * are shared-cached, so they ask for this from the browser instead of reading the session on the server.
 */
export async function GET(): Promise<Response> {
  return handleRoute(async () => {
    const account = toHeaderAccount(await getCurrentUser());
    return NextResponse.json({ account }, { headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } });
  });
}
