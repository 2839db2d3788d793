import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import type { S3StorageConfig } from "@/lib/storage/s3-storage";

export interface RunningS3Server {
  /** Where the bucket is, with s3rver's fixed keys, ready for S3FileStorage or the S3_* variables. */
  config: S3StorageConfig & { endpoint: string; accessKeyId: string; secretAccessKey: string };
  stop: () => Promise<void>;
}

/**
 * A real S3-protocol server (s3rver, objects kept in a temporary directory) on a free loopback port, with one
 * empty bucket. s3rver accepts only its own keys, "S3RVER", and checks every request's signature with them.
 */
export async function startS3Server(bucket = "palmares-test"): Promise<RunningS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "palmares-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    config: {
      bucket,
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    },
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
