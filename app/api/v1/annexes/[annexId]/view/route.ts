import { handleRoute } from "@/lib/api/respond";
import { findPdfProblem, PDF_CONTENT_TYPE, toInlineDisposition } from "@/lib/domain/pdf-file";
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/log";
import { openReadableAnnex } from "@/lib/nominations/annex-file";
import { ANNEX_NOT_FOUND_MESSAGE } from "@/lib/nominations/annex-queries";
import { ANNEX_VIEW_CONTENT_SECURITY_POLICY } from "@/lib/security/content-security-policy";

type Context = { params: Promise<{ annexId: string }> };

/**
 * An annex for the in-page viewer, shown by the browser's own PDF viewer: the same readers as the download
 * (the "annex.read" rule), only a stored file that is still a real PDF, never sniffed, never cached.
 */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { annexId } = await context.params;
    const { annex, stream } = await openReadableAnnex(annexId);
    if (annex.contentType !== PDF_CONTENT_TYPE) {
      await stream.cancel();
      throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
    }
    // Checked again on the way out: only bytes that pass the upload's PDF check are ever rendered by a browser.
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    if (findPdfProblem(bytes) !== null) {
      getLogger().error({ annexId: annex.id }, "A stored annex is no longer a valid PDF");
      throw new AppError("NOT_FOUND", "This annex cannot be shown. Download it instead, or ask the secretariat for help.");
    }
    return new Response(bytes, {
      headers: {
        "Content-Type": PDF_CONTENT_TYPE,
        "Content-Length": String(bytes.length),
        "Content-Disposition": toInlineDisposition(annex.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": ANNEX_VIEW_CONTENT_SECURITY_POLICY,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
