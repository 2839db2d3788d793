import { NextResponse } from "next/server";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";
import { toPracticePageJson } from "@/lib/practices/api-shape";
import { listCachedPublicPractices } from "@/lib/results/public-cache";
import { parsePracticeFilters } from "@/lib/validation/practice-filters";

/**
 * The catalogue of good practices across published editions: the same filters as the /practices page
 * (q, year, country, theme, outcome, page), one page at a time with the total count. No session: the public API.
 */
export async function GET(request: Request): Promise<Response> {
  return answerPublicGet(async () => {
    const filters = parsePracticeFilters(new URL(request.url).searchParams);
    return NextResponse.json(toPracticePageJson(await listCachedPublicPractices(filters)));
  });
}

export const OPTIONS = answerPublicPreflight;
