import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handleRoute } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { requireUser } from "@/lib/auth/session";
import { assertCanAddAnnex, createAnnex } from "@/lib/nominations/annex-create";
import { listAnnexes } from "@/lib/nominations/annex-queries";
import { NOT_FOUND_MESSAGE } from "@/lib/nominations/queries";
import { AppError } from "@/lib/errors";
import { getFileStorage } from "@/lib/storage";
import { readUploadedFile } from "@/lib/storage/upload-request";

type Context = { params: Promise<{ id: string }> };

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The dossier's annexes, for anyone who may see the dossier; anyone else gets 404. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { id } = await context.params;
    const user = await requireUser();
    const annexes = await listAnnexes({ db: getDb(), user, nominationId: id });
    if (!annexes) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return NextResponse.json({ annexes }, { headers: PRIVATE });
  });
}

/** Adds a PDF annex (multipart/form-data, field "file") to an own-country draft while nominations are open. */
export async function POST(request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { id } = await context.params;
    assertSameOrigin(request);
    const user = await requireUser();
    const db = getDb();
    // Refuse before reading up to 10 MB that would be thrown away.
    await assertCanAddAnnex({ db, user, nominationId: id });
    const upload = await readUploadedFile(request);
    const annex = await createAnnex({ db, storage: getFileStorage(), user, nominationId: id, fileName: upload.fileName, bytes: upload.bytes });
    return NextResponse.json({ annex }, { status: 201, headers: PRIVATE });
  });
}
