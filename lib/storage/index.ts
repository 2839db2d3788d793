import path from "node:path";
import { getEnv } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";

export type { FileStorage } from "./file-storage";
export { LocalDiskStorage } from "./local-disk-storage";

/** The uploads directory: UPLOAD_DIR, or `<DATA_DIR>/uploads`; never inside public/, which Next serves as is. */
export function getUploadDir(env: { UPLOAD_DIR?: string; DATA_DIR: string } = getEnv()): string {
  // The ignore comments keep Turbopack from tracing the whole project into the build for a runtime path.
  const dir = path.resolve(/*turbopackIgnore: true*/ env.UPLOAD_DIR ?? path.join(env.DATA_DIR, "uploads"));
  const webRoot = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public");
  if (dir === webRoot || dir.startsWith(webRoot + path.sep)) {
    throw new Error(`UPLOAD_DIR must be outside ${webRoot}, where every file would be public.`);
  }
  return dir;
}

const globalForStorage = globalThis as unknown as { palmaresFileStorage?: FileStorage };

/** The app's file storage, created on first use. */
export function getFileStorage(): FileStorage {
  globalForStorage.palmaresFileStorage ??= new LocalDiskStorage(getUploadDir());
  return globalForStorage.palmaresFileStorage;
}
