import { getDb } from "@/db/client";
import { handleRoute } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { requireUser } from "@/lib/auth/session";
import { deleteAnnex } from "@/lib/nominations/annex-delete";
import { ANNEX_NOT_FOUND_MESSAGE, getAnnexForDownload } from "@/lib/nominations/annex-queries";
import { PDF_CONTENT_TYPE, toAttachmentDisposition } from "@/lib/domain/pdf-file";
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/log";
import { getFileStorage } from "@/lib/storage";

type Context = { params: Promise<{ annexId: string }> };

/** Downloads an annex for those who may see its dossier; always as an attachment, never rendered by the browser. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { annexId } = await context.params;
    const user = await requireUser();
    const annex = await getAnnexForDownload({ db: getDb(), user, annexId });
    if (!annex) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
    const stream = await getFileStorage().get(annex.storageKey);
    if (!stream) {
      getLogger().error({ annexId: annex.id }, "An annex's row has no stored file");
      throw new AppError("NOT_FOUND", "This annex's file is missing. Ask the secretariat for help.");
    }
    return new Response(stream, {
      headers: {
        "Content-Type": PDF_CONTENT_TYPE,
        "Content-Length": String(annex.sizeBytes),
        "Content-Disposition": toAttachmentDisposition(annex.fileName),
        "X-Content-Type-Options": "nosniff",
        // Should a browser open it anyway, the file runs no script and reaches nothing.
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  });
}

/** Deletes an annex while its dossier is an editable own-country draft. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { annexId } = await context.params;
    assertSameOrigin(request);
    const user = await requireUser();
    await deleteAnnex({ db: getDb(), storage: getFileStorage(), user, annexId });
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  });
}
