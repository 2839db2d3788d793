import { getDownloadHeaders, handleRoute } from "@/lib/api/respond";
import { loadScoreExportForDownload } from "@/lib/export/download";
import { buildScoresCsv } from "@/lib/export/scores";

type Context = { params: Promise<{ year: string }> };

/** Every criterion score of the edition as CSV, one row per juror × dossier × criterion (secretariat only). */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { year } = await context.params;
    const data = await loadScoreExportForDownload(year);
    return new Response(buildScoresCsv(data.rows), {
      headers: getDownloadHeaders("text/csv; charset=utf-8", `palmares-${data.edition.year}-scores.csv`),
    });
  });
}
