import { describe, expect, it } from "vitest";
import { getActiveHashCount, hashPassword, MAX_CONCURRENT_HASHES, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });

  it("salts every hash, so equal passwords give different hashes", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$32768$8$1$")).toBe(true);
  });

  it("refuses malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$abc")).toBe(false);
  });
});

describe("password hashing under a burst", () => {
  it(`never runs more than ${MAX_CONCURRENT_HASHES} hashes at once, so sign-ins leave threads for the rest of the app`, async () => {
    let peak = 0;
    let isDone = false;
    const sample = () => {
      peak = Math.max(peak, getActiveHashCount());
      if (!isDone) setImmediate(sample);
    };
    sample();
    const stored = await hashPassword("burst");
    await Promise.all(Array.from({ length: 6 }, (_, i) => verifyPassword(`wrong-${i}`, stored)));
    isDone = true;
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(getActiveHashCount()).toBe(0);
  }, 60_000);
});
