import { createHash } from "node:crypto";
import type { FileStorage } from "../storage";

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The bytes stored under a key, or null when storage has no such file. */
export async function readStoredFile(storage: FileStorage, key: string): Promise<Uint8Array | null> {
  const stream = await storage.get(key);
  return stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null;
}
