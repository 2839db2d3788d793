import { ANNEX_MESSAGES, MAX_ANNEX_BYTES } from "../domain/pdf-file";
import { AppError } from "../errors";
import { msg, text, type ServerText } from "../i18n/server-text";

/** The multipart field that carries the file. */
export const UPLOAD_FIELD = "file";
// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadedFile {
  /** The name the client sent, untrusted: make it safe before storing or showing it. */
  fileName: string;
  bytes: Uint8Array;
}

/** What a refused upload is told; an annex's by default. */
export interface UploadMessages {
  tooLarge: string | ServerText;
  missing: string | ServerText;
}

const ANNEX_UPLOAD_MESSAGES: UploadMessages = { tooLarge: ANNEX_MESSAGES.tooLarge, missing: msg("Choose a PDF file to upload.") };

/** The body's bytes, stopping as soon as there are more than `limit`, whatever Content-Length claimed. */
async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => AppError): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the one file of a multipart/form-data upload. A body over the limit is refused from its Content-Length
 * before reading, and again while reading, so a missing or lying header cannot pass.
 */
export async function readUploadedFile(request: Request, maxBytes = MAX_ANNEX_BYTES, messages: UploadMessages = ANNEX_UPLOAD_MESSAGES): Promise<UploadedFile> {
  const tooLarge = () => new AppError("TOO_LARGE", messages.tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("INVALID", text("Send the file as multipart/form-data, in a field named \"{field}\".", { field: UPLOAD_FIELD }));
  }
  const maxBodyBytes = maxBytes + MULTIPART_OVERHEAD_BYTES;
  const declaredLength = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declaredLength > maxBodyBytes) throw tooLarge();

  const body = await readAtMost(request.body, maxBodyBytes, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("INVALID", "The upload could not be read. Choose the file again and retry.");
  }
  const files = form.getAll(UPLOAD_FIELD).filter((value): value is File => typeof value !== "string");
  if (files.length === 0) throw new AppError("INVALID", messages.missing);
  if (files.length > 1) throw new AppError("INVALID", "Upload one file at a time.");
  const file = files[0]!;
  if (file.size > maxBytes) throw tooLarge();
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
