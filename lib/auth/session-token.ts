import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// next-auth v4's own defaults, so its tokens and ours read the same: a direct-key JWE (A256GCM) whose key is
// HKDF-SHA256 of the secret, valid 30 days unless the session says otherwise, read with 15 s of clock tolerance.
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const CLOCK_TOLERANCE_SECONDS = 15;
const HEADER = { alg: "dir", enc: "A256GCM" } as const;
// One secret in production; tests and a rotation may bring a few, never many.
const MAX_CACHED_KEYS = 8;

const keys = new Map<string, Uint8Array>();

/**
 * The encryption key next-auth derives from the secret, derived once per secret instead of on every request
 * (the derivation was the largest part of reading a session).
 */
function getEncryptionKey(secret: string | Buffer, salt = ""): Uint8Array {
  const material = typeof secret === "string" ? secret : secret.toString("utf8");
  const cacheKey = `${salt}\0${material}`;
  let key = keys.get(cacheKey);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", material, salt, info, 32));
    if (keys.size >= MAX_CACHED_KEYS) keys.delete(keys.keys().next().value!);
    keys.set(cacheKey, key);
  }
  return key;
}

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** next-auth's `jwt.encode`: the same token next-auth would issue (issued-at, expiry and a random id added). */
export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_SECONDS, salt = "" }: JWTEncodeParams): Promise<string> {
  return new EncryptJWT(token)
    .setProtectedHeader(HEADER)
    .setIssuedAt()
    .setExpirationTime(nowInSeconds() + maxAge)
    .setJti(randomUUID())
    .encrypt(getEncryptionKey(secret, salt));
}

/**
 * next-auth's `jwt.decode`: the claims of a token this secret encrypted, or a thrown error for one it did not,
 * one that was changed, or one that has expired. Only next-auth's own algorithms are accepted.
 */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, getEncryptionKey(secret, salt), {
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    keyManagementAlgorithms: [HEADER.alg],
    contentEncryptionAlgorithms: [HEADER.enc],
  });
  return payload as JWT;
}
