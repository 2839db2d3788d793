import { getDb } from "@/db/client";
import { getDownloadHeaders, handleRoute } from "@/lib/api/respond";
import { streamAuditCsv } from "@/lib/audit/csv";
import { requireUser } from "@/lib/auth/session";
import { parseAuditFilter } from "@/lib/validation/audit-filter";

/** The audit trail of the viewer's filter as CSV, streamed, newest first (secretariat only: audit.read). */
export async function GET(request: Request): Promise<Response> {
  return handleRoute(async () => {
    const filter = parseAuditFilter(new URL(request.url).searchParams);
    const user = await requireUser();
    const stream = streamAuditCsv({ db: getDb(), viewer: user, filter });
    return new Response(stream, { headers: getDownloadHeaders("text/csv; charset=utf-8", "palmares-audit.csv") });
  });
}
