/**
 * Where uploaded files live, addressed only by server-generated keys. The local disk implements it today;
 * an S3-compatible object store can implement the same three methods later without touching the callers.
 */
export interface FileStorage {
  /** Stores the bytes under a new key; refuses to overwrite an existing one. Either the whole file is stored or nothing. */
  put(key: string, content: Uint8Array): Promise<void>;
  /** The stored bytes as a stream, or null when there is no file under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the file; a missing file is not an error, so cleaning up twice is harmless. */
  delete(key: string): Promise<void>;
}

// Keys are made by the server (UUIDs), so anything else — a slash, a dot, a name — is a bug, never a path.
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function assertValidStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}
