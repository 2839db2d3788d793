import { getDb } from "@/db/client";
import { getDownloadHeaders, handleRoute } from "@/lib/api/respond";
import { requireUser } from "@/lib/auth/session";
import { getEditionByYear } from "@/lib/editions/queries";
import { AppError } from "@/lib/errors";
import { exportEdition } from "@/lib/portability/export-edition";
import { getFileStorage } from "@/lib/storage";
import { parseYearParam } from "@/lib/validation/year";

type Context = { params: Promise<{ year: string }> };

/**
 * The whole edition as one zip (edition.json, a CSV per table, the annexes, manifest.json), for the secretariat in
 * any phase (rule edition.export, checked and audited by exportEdition through the kernel).
 */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const year = parseYearParam((await context.params).year);
    if (year === undefined) throw new AppError("NOT_FOUND", "This edition does not exist.");
    const user = await requireUser();
    const db = getDb();
    const edition = await getEditionByYear({ db, year });
    if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
    const archive = await exportEdition({ db, actor: user, editionId: edition.id, storage: getFileStorage() });
    return new Response(new Uint8Array(archive.bytes), { headers: getDownloadHeaders("application/zip", archive.fileName) });
  });
}
