import { getDb } from "../../db/client";
import { authorize } from "../access/policy";
import { requireUser } from "../auth/session";
import { getEditionByYear } from "../editions/queries";
import { getScoreExport } from "../scoring/score-export";
import { AppError } from "../errors";

/**
 * The route handlers' shared steps for a scores download: params → session → access → data. The secretariat
 * only, once the jury is closed; the data layer checks the same again.
 */
export async function loadScoreExportForDownload(yearParam: string) {
  if (!/^\d{4}$/.test(yearParam)) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const user = await requireUser();
  const db = getDb();
  const edition = await getEditionByYear({ db, year: Number(yearParam) });
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const decision = authorize(user, "scores.export", { edition });
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  return getScoreExport({ db, viewer: user, editionId: edition.id });
}
