import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { link, mkdir, open, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertValidStorageKey, type FileContent, type FileStorage, type PutOptions, type StoredFile } from "./file-storage";
import { createMeter, toNodeReadable } from "./metered-stream";

function isMissingFile(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "ENOENT";
}

/** Files in one directory on the server's disk, named by their key. */
export class LocalDiskStorage implements FileStorage {
  readonly rootDir: string;

  constructor(rootDir: string) {
    this.rootDir = path.resolve(/*turbopackIgnore: true*/ rootDir);
  }

  private pathOf(key: string): string {
    assertValidStorageKey(key);
    return path.join(this.rootDir, key);
  }

  async put(key: string, content: FileContent, { maxBytes }: PutOptions = {}): Promise<StoredFile> {
    const target = this.pathOf(key);
    await mkdir(this.rootDir, { recursive: true, mode: 0o700 });
    // Written under a temporary name and then linked into place, so a reader never sees half a file
    // and link() fails if the key already exists instead of overwriting it.
    const temporary = path.join(this.rootDir, `.upload-${randomBytes(8).toString("hex")}`);
    const meter = createMeter(maxBytes);
    try {
      await pipeline(toNodeReadable(content), meter.stream, createWriteStream(temporary, { flags: "wx", mode: 0o600 }));
      await link(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
    return meter.result();
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    try {
      // Opening first turns a missing file into null here rather than an error in the middle of a response.
      const handle = await open(this.pathOf(key), "r");
      return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
  }

  async head(key: string): Promise<{ sizeBytes: number } | null> {
    try {
      return { sizeBytes: (await stat(this.pathOf(key))).size };
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
  }
}
