import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("starts with no variables at all, on the embedded database with a development secret", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses to serve in production without a session secret, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: must be set in production/);
  });

  it("lets a production build run without the secret, since it serves nothing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("accepts a production secret of 32 characters or more", () => {
    const secret = "x".repeat(32);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
  });

  it("names a short secret and a malformed database URL together", () => {
    let message = "";
    try {
      parseEnv({ NEXTAUTH_SECRET: "short", DATABASE_URL: "mysql://localhost/db" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\//);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  describe("file storage", () => {
    const s3 = { STORAGE_DRIVER: "s3", S3_BUCKET: "palmares-annexes", S3_REGION: "eu-west-1" };

    it("keeps annexes on the local disk unless told otherwise", () => {
      expect(parseEnv({}).STORAGE_DRIVER).toBe("local");
    });

    it("accepts an S3-compatible store with its endpoint, keys and path-style addressing", () => {
      const env = parseEnv({ ...s3, S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret", S3_FORCE_PATH_STYLE: "true" });
      expect(env).toMatchObject({ STORAGE_DRIVER: "s3", S3_BUCKET: "palmares-annexes", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: true });
      expect(parseEnv(s3).S3_FORCE_PATH_STYLE).toBe(false);
    });

    it("names every missing or malformed S3 variable at once", () => {
      const message = (() => {
        try {
          parseEnv({ STORAGE_DRIVER: "s3", S3_ENDPOINT: "ftp://store", S3_ACCESS_KEY_ID: "id", S3_FORCE_PATH_STYLE: "yes" });
        } catch (error) {
          return (error as Error).message;
        }
        return "";
      })();
      expect(message).toMatch(/S3_ENDPOINT: must be a full http:\/\/ or https:\/\/ URL/);
      expect(message).toMatch(/S3_FORCE_PATH_STYLE: must be "true" or "false"/);
      expect(() => parseEnv({ STORAGE_DRIVER: "s3", S3_ACCESS_KEY_ID: "id" })).toThrow(/S3_BUCKET: must be set when STORAGE_DRIVER=s3/);
      expect(() => parseEnv({ STORAGE_DRIVER: "s3", S3_ACCESS_KEY_ID: "id" })).toThrow(/S3_REGION: must be set when STORAGE_DRIVER=s3/);
      expect(() => parseEnv({ ...s3, S3_ACCESS_KEY_ID: "id" })).toThrow(/S3_SECRET_ACCESS_KEY: must be set with S3_ACCESS_KEY_ID/);
    });

    it("refuses an unknown driver and a bucket name S3 would refuse", () => {
      expect(() => parseEnv({ STORAGE_DRIVER: "gcs" })).toThrow(/STORAGE_DRIVER: must be "local"/);
      expect(() => parseEnv({ ...s3, S3_BUCKET: "My_Bucket" })).toThrow(/S3_BUCKET: must be a bucket name/);
    });
  });

  it("reads the ceremony stream's poll interval, 1 s unless set, and refuses one outside 100 ms to a minute", () => {
    expect(parseEnv({}).CEREMONY_POLL_MS).toBe(1000);
    expect(parseEnv({ CEREMONY_POLL_MS: "5000" }).CEREMONY_POLL_MS).toBe(5000);
    expect(() => parseEnv({ CEREMONY_POLL_MS: "50" })).toThrow(/CEREMONY_POLL_MS/);
    expect(() => parseEnv({ CEREMONY_POLL_MS: "120000" })).toThrow(/CEREMONY_POLL_MS: must be at most 60000/);
    expect(() => parseEnv({ CEREMONY_POLL_MS: "soon" })).toThrow(/CEREMONY_POLL_MS/);
  });
});
