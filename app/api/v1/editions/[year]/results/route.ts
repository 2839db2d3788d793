import { NextResponse } from "next/server";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_HEADERS } from "@/lib/api/cache-control";
import { handleRoute } from "@/lib/api/respond";
import { getCachedPublishedResults } from "@/lib/results/public-cache";
import { getSnapshotPath, getVerifyPath } from "@/lib/results/verify-links";
import { AppError } from "@/lib/errors";
import { YEAR_ERROR_MESSAGE, yearParamSchema } from "@/lib/validation/year";

/** One message for "unpublished" and "no such edition", so the answer never tells them apart. */
const NOT_PUBLISHED_MESSAGE = "There are no published results for this year.";

/**
 * The published results of one edition: awards in rank order and every competing entry; never a score or a juror.
 * With a seal, the fingerprints of its public part (downloadable at `seal.snapshot`) and of its private part.
 */
export async function GET(_request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const response = await handleRoute(async () => {
    const parsed = yearParamSchema.safeParse((await context.params).year);
    if (!parsed.success) throw new AppError("INVALID", YEAR_ERROR_MESSAGE);
    const results = await getCachedPublishedResults(parsed.data);
    if (!results) throw new AppError("NOT_FOUND", NOT_PUBLISHED_MESSAGE);
    return NextResponse.json({
      year: results.year,
      theme: results.theme,
      presidency: { country: results.presidency.code, name: results.presidency.name },
      ceremony: results.ceremony,
      awards: results.awards.map((a) => ({
        rank: a.rank,
        country: a.country.code,
        countryName: a.country.name,
        title: a.title,
        prize: a.prize,
        juryReason: a.juryReason,
      })),
      entries: results.entries.map((e) => ({
        country: e.country.code,
        countryName: e.country.name,
        title: e.title,
        summary: e.summary,
      })),
      seal: results.seal && {
        publicFingerprint: results.seal.publicFingerprint,
        privateFingerprint: results.seal.privateFingerprint,
        sealedAt: results.seal.sealedAt,
        publishedAt: results.publishedAt,
        snapshot: getSnapshotPath(results.year),
        verify: getVerifyPath(results.year),
      },
    });
  });
  // The answer and the 404 before the reveal alike: the reveal clears the server's cache at once, and a CDN
  // follows within its s-maxage. A failure is never kept.
  if (response.status >= 500) response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  else for (const [name, value] of Object.entries(PUBLIC_CACHE_HEADERS)) response.headers.set(name, value);
  return response;
}
