import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const claims = { sub: "42", sv: 3 };

/** Flips one character in the middle of a token's part (0 header … 4 tag), keeping it valid base64url. */
function tamper(token: string, part: number): string {
  const parts = token.split(".");
  const piece = parts[part]!;
  const at = Math.floor(piece.length / 2);
  parts[part] = piece.slice(0, at) + (piece[at] === "A" ? "B" : "A") + piece.slice(at + 1);
  return parts.join(".");
}

afterEach(() => {
  vi.useRealTimers();
});

describe("session token", () => {
  it("reads a token next-auth issued", async () => {
    const token = await encode({ token: claims, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ ...claims, exp: expect.any(Number), jti: expect.any(String) });
  });

  it("issues a token next-auth reads, with next-auth's expiry and a fresh id each time", async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await encodeSessionToken({ token: claims, secret, maxAge: 3600 });
    const read = await decode({ token, secret });
    expect(read).toMatchObject(claims);
    expect(read!.exp).toBeGreaterThanOrEqual(before + 3600);
    expect(read!.exp).toBeLessThanOrEqual(before + 3601);
    const again = await decode({ token: await encodeSessionToken({ token: claims, secret, maxAge: 3600 }), secret });
    expect(again!.jti).not.toBe(read!.jti);
  });

  it("keeps next-auth's salt: a token of one salt is refused under another", async () => {
    const token = await encode({ token: claims, secret, salt: "a" });
    expect(await decodeSessionToken({ token, secret, salt: "a" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token, secret, salt: "b" })).rejects.toThrow();
  });

  it.each([
    ["header", 0],
    ["initialisation vector", 2],
    ["ciphertext", 3],
    ["authentication tag", 4],
  ])("refuses a token whose %s was changed", async (_name, part) => {
    const token = await encodeSessionToken({ token: claims, secret });
    await expect(decodeSessionToken({ token: tamper(token, part), secret })).rejects.toThrow();
  });

  it("refuses a token with its authentication tag cut short", async () => {
    const parts = (await encodeSessionToken({ token: claims, secret })).split(".");
    parts[4] = parts[4]!.slice(0, 6);
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
  });

  it("refuses a token encrypted with another secret", async () => {
    const token = await encode({ token: claims, secret: `${secret}-other` });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("refuses an expired token, next-auth's 15 s of clock tolerance past its expiry", async () => {
    const token = await encode({ token: claims, secret, maxAge: 60 });
    const issued = Date.now();
    vi.useFakeTimers({ now: issued + 60_000 + 10_000, toFake: ["Date"] });
    expect(await decodeSessionToken({ token, secret })).toMatchObject(claims);
    vi.setSystemTime(issued + 60_000 + 20_000);
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow(/exp/);
    await expect(decode({ token, secret })).rejects.toThrow(/exp/);
  });

  it("reads no token as no session", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
