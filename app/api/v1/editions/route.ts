import { NextResponse } from "next/server";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";
import { listCachedPublicEditions } from "@/lib/results/public-cache";

/**
 * The editions with a public page, newest first: published ones, and those whose call for nominations has
 * opened (where each one stands, never a result). No session: this is the public API.
 */
export async function GET(): Promise<Response> {
  // The reveal flips "published" and clears the server's cache at once; a CDN follows within its s-maxage.
  return answerPublicGet(async () => {
    const editions = await listCachedPublicEditions();
    return NextResponse.json({
      editions: editions.map((e) => ({ year: e.year, theme: e.theme, phase: e.phase, published: e.isPublished })),
    });
  });
}

export const OPTIONS = answerPublicPreflight;
