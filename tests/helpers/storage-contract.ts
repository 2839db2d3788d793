import { createHash, randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FileStorage } from "@/lib/storage/file-storage";

const MB = 1024 * 1024;

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function readAll(stream: ReadableStream<Uint8Array> | null): Promise<Buffer | null> {
  return stream ? Buffer.from(await new Response(stream).arrayBuffer()) : null;
}

/** A stream that makes `total` bytes in 64 KiB chunks as it is read, so no test holds them before the put does. */
function generateStream(total: number, seed: number): { stream: ReadableStream<Uint8Array>; digest: () => string } {
  const hash = createHash("sha256");
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, total - sent)).map((_, i) => (sent + i + seed) % 251);
      sent += chunk.byteLength;
      hash.update(chunk);
      controller.enqueue(chunk);
    },
  });
  return { stream, digest: () => hash.digest("hex") };
}

async function hashStream(stream: ReadableStream<Uint8Array> | null): Promise<{ sizeBytes: number; sha256: string } | null> {
  if (!stream) return null;
  const hash = createHash("sha256");
  let sizeBytes = 0;
  for await (const chunk of stream) {
    sizeBytes += chunk.byteLength;
    hash.update(chunk);
  }
  return { sizeBytes, sha256: hash.digest("hex") };
}

/**
 * What every FileStorage must do, run against each implementation: the same round trip, limits, deletes,
 * missing keys and parallel writes. `getStorage` is called inside the tests, after the suite's own set-up.
 */
export function describeStorageContract(name: string, getStorage: () => FileStorage) {
  describe(`${name}: the file storage contract`, () => {
    it("stores bytes and gives them back with the SHA-256 and size it measured", async () => {
      const storage = getStorage();
      const key = randomUUID();
      const bytes = randomBytes(200_000);
      expect(await storage.put(key, bytes)).toEqual({ sizeBytes: bytes.length, sha256: sha256(bytes) });
      // Compared by hash: a deep equality over 200,000 bytes takes seconds.
      expect(sha256((await readAll(await storage.get(key)))!)).toBe(sha256(bytes));
      expect(await storage.head(key)).toEqual({ sizeBytes: bytes.length });
    });

    it("streams a 12 MB file in and out without it being whole in the caller's memory", async () => {
      const storage = getStorage();
      const key = randomUUID();
      const source = generateStream(12 * MB, 7);
      const stored = await storage.put(key, source.stream, { maxBytes: 13 * MB });
      expect(stored).toEqual({ sizeBytes: 12 * MB, sha256: source.digest() });
      expect(await hashStream(await storage.get(key))).toEqual(stored);
    });

    it("refuses content past its limit, small or large, and keeps nothing of it", async () => {
      const storage = getStorage();
      const small = randomUUID();
      await expect(storage.put(small, randomBytes(2048), { maxBytes: 1024 })).rejects.toMatchObject({ code: "TOO_LARGE" });
      expect(await storage.head(small)).toBeNull();
      // Past one 5 MiB part, so an object store has started a multipart upload it must abort.
      const large = randomUUID();
      await expect(storage.put(large, generateStream(8 * MB, 1).stream, { maxBytes: 7 * MB })).rejects.toMatchObject({ code: "TOO_LARGE" });
      expect(await storage.head(large)).toBeNull();
      expect(await storage.get(large)).toBeNull();
    });

    it("deletes a file, and deleting it again is no error", async () => {
      const storage = getStorage();
      const key = randomUUID();
      await storage.put(key, randomBytes(100));
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
      expect(await storage.head(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it("answers null for a key that holds nothing", async () => {
      const storage = getStorage();
      const key = randomUUID();
      expect(await storage.get(key)).toBeNull();
      expect(await storage.head(key)).toBeNull();
    });

    it("never overwrites a stored file", async () => {
      const storage = getStorage();
      const key = randomUUID();
      const first = randomBytes(300);
      await storage.put(key, first);
      await expect(storage.put(key, randomBytes(300))).rejects.toThrow();
      expect(await readAll(await storage.get(key))).toEqual(first);
    });

    it("keeps parallel puts apart, each file whole under its own key", async () => {
      const storage = getStorage();
      const files = Array.from({ length: 8 }, (_, i) => ({ key: randomUUID(), bytes: randomBytes(50_000 + i * 10_000) }));
      const stored = await Promise.all(files.map(({ key, bytes }) => storage.put(key, bytes)));
      expect(stored.map((s) => s.sha256)).toEqual(files.map(({ bytes }) => sha256(bytes)));
      for (const { key, bytes } of files) expect(sha256((await readAll(await storage.get(key)))!)).toBe(sha256(bytes));
    });

    it("refuses a key that is not a server-made one, before touching the store", async () => {
      const storage = getStorage();
      for (const key of ["../escape", "a/b", "Name.pdf", ""]) {
        await expect(storage.put(key, randomBytes(10))).rejects.toThrow(/Invalid storage key/);
        await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      }
    });
  });
}
