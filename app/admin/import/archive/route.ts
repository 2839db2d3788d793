import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { handleRoute } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { ARCHIVE_UPLOAD_MESSAGES, MAX_ARCHIVE_BYTES } from "@/lib/portability/format";
import { importEdition } from "@/lib/portability/import-edition";
import { getFileStorage } from "@/lib/storage";
import { readUploadedFile } from "@/lib/storage/upload-request";

/**
 * Imports an edition archive (multipart/form-data, field "file") exported by Palmarès: the secretariat only (rule
 * edition.import), all or nothing (lib/portability/import-edition.ts). Answers 201 with the new edition's year.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const user = await requireUser();
    // Refused before reading a large body that would be thrown away.
    const decision = authorizeGlobal(user, "edition.import");
    if (!decision.ok) throw new AppError(decision.code, decision.reason);
    const upload = await readUploadedFile(request, MAX_ARCHIVE_BYTES, ARCHIVE_UPLOAD_MESSAGES);
    const result = await importEdition({ db: getDb(), bytes: upload.bytes, storage: getFileStorage(), actor: user });
    return NextResponse.json({ year: result.year, counts: result.counts, fingerprint: result.fingerprint }, { status: 201, headers: { "Cache-Control": "private, no-store" } });
  });
}
