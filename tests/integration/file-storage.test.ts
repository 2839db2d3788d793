import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { redirectLogForTests } from "@/lib/log";
import { createFileStorage } from "@/lib/storage";
import type { FileStorage } from "@/lib/storage/file-storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { createS3Client, S3FileStorage, STORAGE_UNAVAILABLE_MESSAGE } from "@/lib/storage/s3-storage";
import { startS3Server, type RunningS3Server } from "../helpers/s3-server";
import { describeStorageContract } from "../helpers/storage-contract";

let dir = "";
let s3: RunningS3Server;
let local: FileStorage;
let remote: FileStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "palmares-storage-"));
  local = new LocalDiskStorage(dir);
  s3 = await startS3Server();
  remote = new S3FileStorage(s3.config);
});

afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

describeStorageContract("the local disk", () => local);
describeStorageContract("S3 (s3rver)", () => remote);

describe("S3 specifics", () => {
  it("sends a large file in 5 MiB parts and a small one in one request", async () => {
    const client = createS3Client(s3.config);
    const commands: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(String(context.commandName));
        return next(args);
      },
      { step: "initialize" },
    );
    const storage = new S3FileStorage(s3.config, client);
    await storage.put(randomUUID(), randomBytes(12 * 1024 * 1024));
    expect(commands.filter((name) => name === "UploadPartCommand")).toHaveLength(3);
    expect(commands).toContain("CompleteMultipartUploadCommand");
    commands.length = 0;
    await storage.put(randomUUID(), randomBytes(1000));
    expect(commands).toEqual(["HeadObjectCommand", "PutObjectCommand"]);
  });


  it("answers UNAVAILABLE with a try-again message when the store cannot be reached", async () => {
    // A port that was just free: nothing listens there.
    const unreachable = new S3FileStorage({ ...s3.config, endpoint: "http://127.0.0.1:9" });
    const started = Date.now();
    await expect(unreachable.get(randomUUID())).rejects.toMatchObject({ code: "UNAVAILABLE", status: 503, message: STORAGE_UNAVAILABLE_MESSAGE });
    await expect(unreachable.put(randomUUID(), new Uint8Array([1]))).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("treats a missing bucket or wrong keys as the store's fault, not as a missing file, and logs which", async () => {
    const lines: string[] = [];
    const restore = redirectLogForTests({ write: (line: string) => void lines.push(line) }, "error");
    try {
      const noBucket = new S3FileStorage({ ...s3.config, bucket: "no-such-bucket" });
      await expect(noBucket.get(randomUUID())).rejects.toMatchObject({ code: "UNAVAILABLE" });
      const wrongKeys = new S3FileStorage({ ...s3.config, secretAccessKey: "wrong" });
      await expect(wrongKeys.get(randomUUID())).rejects.toMatchObject({ code: "UNAVAILABLE" });
    } finally {
      restore();
    }
    const logged = lines.map((line) => JSON.parse(line) as { where: string; error: { name: string }[] });
    expect(logged.map((entry) => [entry.where, entry.error[0]!.name])).toEqual([
      ["the file store (get, HTTP 404)", "NoSuchBucket"],
      ["the file store (get, HTTP 403)", "SignatureDoesNotMatch"],
    ]);
  });
});

describe("choosing the storage from the configuration", () => {
  it("uses the local disk by default and S3 when STORAGE_DRIVER=s3", () => {
    expect(createFileStorage(parseEnv({ UPLOAD_DIR: dir }))).toBeInstanceOf(LocalDiskStorage);
    const chosen = createFileStorage(parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "annexes", S3_REGION: "eu-west-1" }));
    expect(chosen).toBeInstanceOf(S3FileStorage);
    expect((chosen as S3FileStorage).bucket).toBe("annexes");
  });
});
