import { getDb } from "@/db/client";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";
import { toCanonicalJson } from "@/lib/domain/canonical-json";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-text";
import { getPublishedSnapshot } from "@/lib/results/seal-parts";
import { getSnapshotFileName } from "@/lib/results/verify-links";
import { YEAR_ERROR_MESSAGE, yearParamSchema } from "@/lib/validation/year";

/** One message for "unpublished", "never sealed" and "no such edition", so the answer never tells them apart. */
const NO_SNAPSHOT_MESSAGE = msg("There is no published sealed result for this year.");

/**
 * The public part of a published edition's seal, as the exact canonical JSON bytes its fingerprint is the SHA-256 of
 * (so `sha256sum` on the file gives it too). The private part, the individual scores, is never sent.
 */
export async function GET(_request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  // Like the results themselves: live from the reveal on, never an answer cached from before it.
  return answerPublicGet(async () => {
    const parsed = yearParamSchema.safeParse((await context.params).year);
    if (!parsed.success) throw new AppError("INVALID", YEAR_ERROR_MESSAGE);
    const published = await getPublishedSnapshot({ db: getDb(), year: parsed.data });
    if (!published) throw new AppError("NOT_FOUND", NO_SNAPSHOT_MESSAGE);
    return new Response(toCanonicalJson(published.publicPart), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `inline; filename="${getSnapshotFileName(parsed.data)}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  }, "never");
}

export const OPTIONS = answerPublicPreflight;
