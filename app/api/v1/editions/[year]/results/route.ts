import { NextResponse } from "next/server";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";
import { getCachedPublishedResults } from "@/lib/results/public-cache";
import { getSnapshotPath, getVerifyPath } from "@/lib/results/verify-links";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-text";
import { YEAR_ERROR_MESSAGE, yearParamSchema } from "@/lib/validation/year";

/** One message for "unpublished" and "no such edition", so the answer never tells them apart. */
const NOT_PUBLISHED_MESSAGE = msg("There are no published results for this year.");

/**
 * The published results of one edition: the jury's statement, awards in rank order and every competing entry, each
 * with its id in the catalogue (/api/v1/practices/{id}); never a score or a juror.
 * With a seal, the fingerprints of its public part (downloadable at `seal.snapshot`) and of its private part.
 */
export async function GET(_request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  // The answer and the 404 before the reveal alike are shared-cached: the reveal clears the server's cache at once,
  // and a CDN follows within its s-maxage.
  return answerPublicGet(async () => {
    const parsed = yearParamSchema.safeParse((await context.params).year);
    if (!parsed.success) throw new AppError("INVALID", YEAR_ERROR_MESSAGE);
    const results = await getCachedPublishedResults(parsed.data);
    if (!results) throw new AppError("NOT_FOUND", NOT_PUBLISHED_MESSAGE);
    return NextResponse.json({
      year: results.year,
      theme: results.theme,
      presidency: { country: results.presidency.code, name: results.presidency.name },
      ceremony: results.ceremony,
      juryStatement: results.juryStatement,
      awards: results.awards.map((a) => ({
        id: a.id,
        rank: a.rank,
        country: a.country.code,
        countryName: a.country.name,
        title: a.title,
        prize: a.prize,
        juryReason: a.juryReason,
      })),
      entries: results.entries.map((e) => ({
        id: e.id,
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
}

export const OPTIONS = answerPublicPreflight;
