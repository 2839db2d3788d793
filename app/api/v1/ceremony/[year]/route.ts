import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";
import { getCurrentUser } from "@/lib/auth/session";
import { getAudienceState } from "@/lib/ceremony/queries";
import { getScreenLocale } from "@/lib/ceremony/screen-locale";
import { AppError } from "@/lib/errors";
import { parseCeremonyModeParam } from "@/lib/validation/ceremony";
import { YEAR_ERROR_MESSAGE, yearParamSchema } from "@/lib/validation/year";

/**
 * What the audience screen shows now: the current step of the live show (public), or of the rehearsal with
 * `?rehearsal=1` (secretariat only). The screen polls this when its event stream fails. Never a later step.
 */
export async function GET(request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  // The step changes while the ceremony runs: no cache may keep an old one.
  return answerPublicGet(async () => {
    const parsed = yearParamSchema.safeParse((await context.params).year);
    if (!parsed.success) throw new AppError("INVALID", YEAR_ERROR_MESSAGE);
    const mode = parseCeremonyModeParam(new URL(request.url).searchParams.get("rehearsal"));
    const viewer = mode === "rehearsal" ? await getCurrentUser() : null;
    const state = await getAudienceState({ db: getDb(), viewer, year: parsed.data, mode, locale: await getScreenLocale(request.url) });
    if (!state) throw new AppError("NOT_FOUND", "There is no ceremony for this year.");
    return NextResponse.json({ version: state.version, view: state.view });
  }, "never");
}

export const OPTIONS = answerPublicPreflight;
