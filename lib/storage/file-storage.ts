/**
 * Where uploaded files live, addressed only by server-generated keys. The local disk and an S3-compatible object
 * store implement it; callers never learn which one they talk to.
 */
export interface FileStorage {
  /**
   * Stores the bytes under a new key, streaming them through: their SHA-256 and size are counted on the way,
   * and more than `maxBytes` is refused (nothing is kept). Refuses to overwrite an existing key.
   */
  put(key: string, content: FileContent, options?: PutOptions): Promise<StoredFile>;
  /** The stored bytes as a stream, or null when there is no file under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** The stored file's size, or null when there is no file under the key. */
  head(key: string): Promise<{ sizeBytes: number } | null>;
  /** Removes the file; a missing file is not an error, so cleaning up twice is harmless. */
  delete(key: string): Promise<void>;
}

/** What a caller hands to `put`: bytes already in memory, or a stream read once. */
export type FileContent = Uint8Array | ReadableStream<Uint8Array>;

export interface PutOptions {
  /** The most bytes to accept; past it the put fails with TOO_LARGE. No limit when absent. */
  maxBytes?: number;
}

/** What was stored, measured while it streamed. */
export interface StoredFile {
  sizeBytes: number;
  /** Lower-case hex. */
  sha256: string;
}

// Keys are made by the server (UUIDs), so anything else — a slash, a dot, a name — is a bug, never a path.
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function assertValidStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}
