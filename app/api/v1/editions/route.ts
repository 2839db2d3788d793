import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handleRoute } from "@/lib/api/respond";
import { listPublicEditions } from "@/lib/results/public-queries";

/**
 * The editions with a public page, newest first: published ones, and those whose call for nominations has
 * opened (where each one stands, never a result). No session: this is the public API.
 */
export async function GET(): Promise<Response> {
  return handleRoute(async () => {
    const editions = await listPublicEditions({ db: getDb() });
    const body = {
      editions: editions.map((e) => ({ year: e.year, theme: e.theme, phase: e.phase, published: e.isPublished })),
    };
    // The reveal flips "published" at the ceremony, so no cache may hold the old answer.
    return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
  });
}
