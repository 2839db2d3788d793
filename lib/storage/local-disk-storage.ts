import { randomBytes } from "node:crypto";
import { link, mkdir, open, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertValidStorageKey, type FileStorage } from "./file-storage";

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

  async put(key: string, content: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.rootDir, { recursive: true, mode: 0o700 });
    // Written under a temporary name and then linked into place, so a reader never sees half a file
    // and link() fails if the key already exists instead of overwriting it.
    const temporary = path.join(this.rootDir, `.upload-${randomBytes(8).toString("hex")}`);
    try {
      await writeFile(temporary, content, { flag: "wx", mode: 0o600 });
      await link(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
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

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
  }
}
