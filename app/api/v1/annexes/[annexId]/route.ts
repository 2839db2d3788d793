import { getDb } from "@/db/client";
import { handleRoute } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { requireUser } from "@/lib/auth/session";
import { deleteAnnex } from "@/lib/nominations/annex-delete";
import { openReadableAnnex } from "@/lib/nominations/annex-file";
import { PDF_CONTENT_TYPE, toAttachmentDisposition } from "@/lib/domain/pdf-file";
import { getFileStorage } from "@/lib/storage";

type Context = { params: Promise<{ annexId: string }> };

/** Downloads an annex for those who may see its dossier; always as an attachment, never rendered by the browser. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { annexId } = await context.params;
    const { annex, stream } = await openReadableAnnex(annexId);
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
