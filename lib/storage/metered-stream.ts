import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import type { FileContent, StoredFile } from "./file-storage";

/** The refusal of a put past its limit, whichever storage raised it. */
export function createTooLargeError(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", text("This file is larger than {megabytes} MB, the most allowed here.", { megabytes: Math.floor(maxBytes / 1024 / 1024) }));
}

/** The content as a Node stream; a Uint8Array becomes one chunk (Readable.from would iterate its bytes). */
export function toNodeReadable(content: FileContent): Readable {
  if (content instanceof Uint8Array) return Readable.from([Buffer.from(content.buffer, content.byteOffset, content.byteLength)]);
  // The DOM and Node typings name the same class twice.
  return Readable.fromWeb(content as NodeReadableStream<Uint8Array>);
}

/**
 * A pass-through that counts and hashes what flows through it and fails past `maxBytes`, so a put never
 * holds the whole file to learn its size or hash. `result()` is valid once the stream has ended.
 */
export function createMeter(maxBytes = Number.POSITIVE_INFINITY) {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  let digest: string | undefined;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > maxBytes) return done(createTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return {
    stream,
    result(): StoredFile {
      digest ??= hash.digest("hex");
      return { sizeBytes, sha256: digest };
    },
  };
}
