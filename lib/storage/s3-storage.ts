import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { pipeline } from "node:stream";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { logUnexpectedError } from "../log";
import { assertValidStorageKey, type FileContent, type FileStorage, type PutOptions, type StoredFile } from "./file-storage";
import { createMeter, toNodeReadable } from "./metered-stream";

/** How to reach the bucket; the keys are optional so that an instance role or the SDK's usual chain can supply them. */
export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** An S3-compatible store's URL (MinIO, Ceph, a cloud's own); absent for AWS itself. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
}

export const STORAGE_UNAVAILABLE_MESSAGE = msg("The file store cannot be reached just now. Please try again in a minute.");

// 5 MiB is S3's smallest part; two in flight keep one upload's memory near 10 MiB.
const PART_SIZE_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;
// The missing object's names: GetObject says NoSuchKey, HeadObject (no body) only NotFound. NoSuchBucket is a fault.
const MISSING_OBJECT_ERRORS = new Set(["NoSuchKey", "NotFound"]);

function isMissingObject(error: unknown): boolean {
  return MISSING_OBJECT_ERRORS.has((error as { name?: unknown })?.name as string);
}

export function createS3Client(config: S3StorageConfig): S3Client {
  const { accessKeyId, secretAccessKey } = config;
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle ?? false,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // Many S3-compatible stores refuse the SDK's newer default checksums (aws-chunked trailers); the app keeps its own SHA-256.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // An unreachable store fails within seconds, so the person gets "try again" instead of a hanging page.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    maxAttempts: 3,
  });
}

/** Objects in one bucket of S3 or an S3-compatible store, each under its storage key as is. */
export class S3FileStorage implements FileStorage {
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(config: S3StorageConfig, client: S3Client = createS3Client(config)) {
    this.bucket = config.bucket;
    this.client = client;
  }

  /** The app's error for a store that failed: logged with its detail, shown as a short "try again". */
  private toUnavailable(operation: string, error: unknown): AppError {
    if (error instanceof AppError) return error;
    // The status tells an operator a refusal (403: keys, 404: bucket) from an outage; the error's name says which.
    const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
    logUnexpectedError(`the file store (${operation}${status ? `, HTTP ${status}` : ""})`, error);
    return new AppError("UNAVAILABLE", STORAGE_UNAVAILABLE_MESSAGE);
  }

  async put(key: string, content: FileContent, { maxBytes }: PutOptions = {}): Promise<StoredFile> {
    assertValidStorageKey(key);
    // Keys are fresh UUIDs; the check keeps the disk's promise never to overwrite, should a caller reuse one.
    if (await this.head(key)) throw new Error(`A file is already stored under ${key}`);
    const meter = createMeter(maxBytes);
    let streamError: unknown;
    const body = pipeline(toNodeReadable(content), meter.stream, (error) => {
      streamError = error ?? undefined;
    });
    // One PutObject for a small file, a multipart upload (aborted on failure) for a large one.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: "application/octet-stream" },
      partSize: PART_SIZE_BYTES,
      queueSize: PARTS_IN_FLIGHT,
    });
    try {
      await upload.done();
    } catch (error) {
      // A refusal of the content itself (too large) is the caller's to show; anything else is the store's fault.
      throw this.toUnavailable("put", streamError ?? error);
    }
    if (streamError) {
      await this.delete(key).catch(() => {});
      throw this.toUnavailable("put", streamError);
    }
    return meter.result();
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    assertValidStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) throw new Error("The store answered without a body");
      return object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw this.toUnavailable("get", error);
    }
  }

  async head(key: string): Promise<{ sizeBytes: number } | null> {
    assertValidStorageKey(key);
    try {
      const object = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: object.ContentLength ?? 0 };
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw this.toUnavailable("head", error);
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    try {
      // S3 answers a delete of a missing key with success, so cleaning up twice is harmless here too.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (isMissingObject(error)) return;
      throw this.toUnavailable("delete", error);
    }
  }
}
