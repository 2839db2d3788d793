import { getDownloadHeaders, handleRoute } from "@/lib/api/respond";
import { loadScoreExportForDownload } from "@/lib/export/download";
import { buildScoresWorkbook } from "@/lib/export/scores";

type Context = { params: Promise<{ year: string }> };

const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The edition's workbook: the ranking as a summary sheet, every criterion score, the jurors (secretariat only). */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { year } = await context.params;
    const data = await loadScoreExportForDownload(year);
    const workbook = await buildScoresWorkbook(data);
    return new Response(new Uint8Array(workbook), {
      headers: getDownloadHeaders(XLSX_CONTENT_TYPE, `palmares-${data.edition.year}-scores.xlsx`),
    });
  });
}
