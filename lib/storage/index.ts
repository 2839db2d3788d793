import path from "node:path";
import { getEnv, type Env } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3FileStorage } from "./s3-storage";

export type { FileContent, FileStorage, PutOptions, StoredFile } from "./file-storage";
export { LocalDiskStorage } from "./local-disk-storage";
export { S3FileStorage } from "./s3-storage";

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

/** The storage the configuration names: STORAGE_DRIVER=s3 and its S3_* variables, or the local disk. */
export function createFileStorage(env: Env = getEnv()): FileStorage {
  if (env.STORAGE_DRIVER === "s3") {
    return new S3FileStorage({
      // parseEnv has refused an s3 driver without a bucket or region.
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION!,
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalDiskStorage(getUploadDir(env));
}

const globalForStorage = globalThis as unknown as { palmaresFileStorage?: FileStorage };

/** The app's file storage, created on first use. */
export function getFileStorage(): FileStorage {
  globalForStorage.palmaresFileStorage ??= createFileStorage();
  return globalForStorage.palmaresFileStorage;
}
