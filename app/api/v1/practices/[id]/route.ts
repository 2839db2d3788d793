import { NextResponse } from "next/server";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-text";
import { toPracticeDetailJson } from "@/lib/practices/api-shape";
import { getCachedPublicPractice } from "@/lib/results/public-cache";
import { parsePracticeId } from "@/lib/validation/practice-filters";

/** One message for "not public yet", "not public ever" and "no such entry", so the answer never tells them apart. */
const NOT_FOUND_MESSAGE = msg("There is no published entry with this id.");

/** One entry of a published edition: its full public description, period, links, and its place and the jury's reason if awarded. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return answerPublicGet(async () => {
    const id = parsePracticeId((await context.params).id);
    const practice = id === undefined ? undefined : await getCachedPublicPractice(id);
    if (!practice) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return NextResponse.json(toPracticeDetailJson(practice));
  });
}

export const OPTIONS = answerPublicPreflight;
