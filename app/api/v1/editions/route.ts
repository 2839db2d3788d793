import { NextResponse } from "next/server";
import { PUBLIC_CACHE_HEADERS } from "@/lib/api/cache-control";
import { handleRoute } from "@/lib/api/respond";
import { listCachedPublicEditions } from "@/lib/results/public-cache";

/**
 * The editions with a public page, newest first: published ones, and those whose call for nominations has
 * opened (where each one stands, never a result). No session: this is the public API.
 */
export async function GET(): Promise<Response> {
  return handleRoute(async () => {
    const editions = await listCachedPublicEditions();
    const body = {
      editions: editions.map((e) => ({ year: e.year, theme: e.theme, phase: e.phase, published: e.isPublished })),
    };
    // The reveal flips "published" and clears the server's cache at once; a CDN follows within its s-maxage.
    return NextResponse.json(body, { headers: PUBLIC_CACHE_HEADERS });
  });
}
