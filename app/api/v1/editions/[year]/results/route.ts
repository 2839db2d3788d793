import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handleRoute } from "@/lib/api/respond";
import { getPublishedResults } from "@/lib/results/public-queries";
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
    const results = await getPublishedResults({ db: getDb(), year: parsed.data });
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
  // The 404 before the reveal must not be cached either: the results go live at the ceremony, at once.
  response.headers.set("Cache-Control", "no-store");
  return response;
}
