import { getDb } from "@/db/client";
import { createCeremonyStream, EVENT_STREAM_HEADERS } from "@/lib/api/ceremony-stream";
import { withCors } from "@/lib/api/cors";
import { answerPublicPreflight } from "@/lib/api/public-route";
import { handleRoute } from "@/lib/api/respond";
import { getCurrentUser } from "@/lib/auth/session";
import { getAudienceState, getCeremonyToken } from "@/lib/ceremony/queries";
import { getScreenLocale } from "@/lib/ceremony/screen-locale";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseCeremonyModeParam } from "@/lib/validation/ceremony";
import { YEAR_ERROR_MESSAGE, yearParamSchema } from "@/lib/validation/year";

/**
 * The audience screen's live feed (server-sent events): the current step at once, then each new step as the
 * presenter moves, with a heartbeat. Same access as the JSON endpoint: the rehearsal needs the secretariat.
 */
export async function GET(request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  // Its own cache headers (the stream is never kept); CORS like every public GET endpoint.
  const response = await handleRoute(async () => {
    const parsed = yearParamSchema.safeParse((await context.params).year);
    if (!parsed.success) throw new AppError("INVALID", YEAR_ERROR_MESSAGE);
    const year = parsed.data;
    const mode = parseCeremonyModeParam(new URL(request.url).searchParams.get("rehearsal"));
    const viewer = mode === "rehearsal" ? await getCurrentUser() : null;
    const db = getDb();
    const locale = await getScreenLocale(request.url);
    // Refused or unknown shows answer with a JSON error before any stream opens.
    const first = await getAudienceState({ db, viewer, year, mode, locale });
    if (!first) throw new AppError("NOT_FOUND", "There is no ceremony for this year.");
    const stream = createCeremonyStream({
      editionId: first.editionId,
      signal: request.signal,
      pollMs: getEnv().CEREMONY_POLL_MS,
      readToken: () => getCeremonyToken({ db, editionId: first.editionId, mode }),
      readState: async () => {
        const state = await getAudienceState({ db, viewer, year, mode, locale });
        return state ? { version: state.version, view: state.view } : null;
      },
    });
    return new Response(stream, { headers: EVENT_STREAM_HEADERS });
  });
  return withCors(response);
}

export const OPTIONS = answerPublicPreflight;
