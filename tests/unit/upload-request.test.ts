import { describe, expect, it } from "vitest";
import { readUploadedFile } from "@/lib/storage/upload-request";

const LIMIT = 1024;

async function toMultipart(files: { name: string; content: string | Uint8Array }[]) {
  const form = new FormData();
  for (const file of files) form.append("file", new File([file.content as BlobPart], file.name, { type: "application/pdf" }));
  const encoded = new Response(form);
  return { contentType: encoded.headers.get("content-type")!, body: new Uint8Array(await encoded.arrayBuffer()) };
}

/** A request whose body stream counts how many bytes the reader pulled, to prove it stops early. */
function createRequest(body: Uint8Array, headers: Record<string, string>) {
  const pulled = { bytes: 0 };
  const chunkSize = 256;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      const chunk = body.slice(offset, offset + chunkSize);
      offset += chunk.length;
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  const request = new Request("http://localhost/api/v1/nominations/x/annexes", { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
  return { request, pulled };
}

describe("readUploadedFile", () => {
  it("returns the file's bytes and the name exactly as the client sent it, path included", async () => {
    const { contentType, body } = await toMultipart([{ name: "..\\..\\evil/annex.pdf", content: "%PDF-1.4\n%%EOF" }]);
    const { request } = createRequest(body, { "content-type": contentType, "content-length": String(body.length) });
    const file = await readUploadedFile(request, LIMIT);
    expect(file.fileName).toBe("..\\..\\evil/annex.pdf");
    expect(new TextDecoder().decode(file.bytes)).toBe("%PDF-1.4\n%%EOF");
  });

  it("refuses a declared Content-Length over the limit with 413 before reading anything", async () => {
    const { contentType, body } = await toMultipart([{ name: "a.pdf", content: "%PDF-1.4\n%%EOF" }]);
    const { request, pulled } = createRequest(body, { "content-type": contentType, "content-length": String(LIMIT + 200_000) });
    await expect(readUploadedFile(request, LIMIT)).rejects.toMatchObject({ code: "TOO_LARGE", status: 413, message: expect.stringContaining("larger than") });
    expect(pulled.bytes).toBe(0);
  });

  it("refuses a body over the limit while reading when Content-Length lies, and stops reading", async () => {
    const big = new Uint8Array(200_000).fill(0x41);
    const { contentType, body } = await toMultipart([{ name: "a.pdf", content: big }]);
    const { request, pulled } = createRequest(body, { "content-type": contentType, "content-length": "100" });
    await expect(readUploadedFile(request, LIMIT)).rejects.toMatchObject({ code: "TOO_LARGE", status: 413 });
    expect(pulled.bytes).toBeLessThan(big.length);
  });

  it("refuses a file over the limit that fits in the multipart allowance", async () => {
    const { contentType, body } = await toMultipart([{ name: "a.pdf", content: new Uint8Array(LIMIT + 1) }]);
    const { request } = createRequest(body, { "content-type": contentType });
    await expect(readUploadedFile(request, LIMIT)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it("refuses a body that is not multipart, a form without a file and a form with two", async () => {
    const json = createRequest(new TextEncoder().encode("{}"), { "content-type": "application/json" });
    await expect(readUploadedFile(json.request, LIMIT)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("multipart/form-data") });

    const form = new FormData();
    form.append("title", "no file here");
    const encoded = new Response(form);
    const empty = createRequest(new Uint8Array(await encoded.arrayBuffer()), { "content-type": encoded.headers.get("content-type")! });
    await expect(readUploadedFile(empty.request, LIMIT)).rejects.toMatchObject({ code: "INVALID", message: "Choose a PDF file to upload." });

    const two = await toMultipart([
      { name: "a.pdf", content: "%PDF-1.4\n%%EOF" },
      { name: "b.pdf", content: "%PDF-1.4\n%%EOF" },
    ]);
    const twice = createRequest(two.body, { "content-type": two.contentType });
    await expect(readUploadedFile(twice.request, LIMIT)).rejects.toMatchObject({ code: "INVALID", message: "Upload one file at a time." });
  });

  it("refuses a malformed multipart body with a specific message", async () => {
    const { request } = createRequest(new TextEncoder().encode("garbage"), { "content-type": "multipart/form-data; boundary=xyz" });
    await expect(readUploadedFile(request, LIMIT)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("could not be read") });
  });
});
