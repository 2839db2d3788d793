import { describe, expect, it } from "vitest";
import {
  checkPassword,
  countPasswordCharacters,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_IS_PERSONAL,
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_PREDICTABLE,
  PASSWORD_TOO_SHORT,
} from "@/lib/domain/password-rules";
import { getCommonPasswords } from "@/lib/auth/common-passwords";

const COMMON = new Set(["password", "qwerty", "iloveyou", "dragon", "1q2w3e4r5t6y", "letmein", "sunshine"]);
const CONTEXT = { email: "maria.rossi@example.org", name: "Maria Rossi", commonPasswords: COMMON };

describe("checkPassword", () => {
  it.each([
    "correct horse battery staple",
    "Tr0ub4dor&3-but-longer",
    "hopenow-denmark-shelters",
    "καλημέρα κόσμε",
    "twelve chars",
    "Zürich-Straße-43",
  ])("accepts %j", (password) => {
    expect(checkPassword(password, CONTEXT)).toEqual([]);
  });

  it("counts code points, not UTF-16 units: twelve emoji are twelve characters", () => {
    expect(countPasswordCharacters("😀".repeat(12))).toBe(12);
    expect(checkPassword("🔒🌍🐟🎲🚲🍋🎈🧩🦉🌵🪁🎻", CONTEXT)).toEqual([]);
    expect(checkPassword("😀".repeat(11), CONTEXT)).toEqual([PASSWORD_TOO_SHORT]);
  });

  it("says the lengths it enforces (the messages write them out for the translation catalogue)", () => {
    expect(PASSWORD_TOO_SHORT).toBe(`Use at least ${MIN_PASSWORD_LENGTH} characters.`);
    expect(PASSWORD_TOO_LONG).toBe(`Use at most ${MAX_PASSWORD_LENGTH} characters.`);
  });

  it("refuses too short and too long, with nothing else to say", () => {
    expect(checkPassword("elevenchars", CONTEXT)).toEqual([PASSWORD_TOO_SHORT]);
    expect(checkPassword("", CONTEXT)).toEqual([PASSWORD_TOO_SHORT]);
    expect(checkPassword("a b".repeat(43), CONTEXT)).toEqual([PASSWORD_TOO_LONG]);
    expect(checkPassword("ab c".repeat(32), CONTEXT)).not.toContain(PASSWORD_TOO_LONG);
  });

  it("has no composition rules: lowercase letters only are fine when long and uncommon", () => {
    expect(checkPassword("meadowlarkpencil", CONTEXT)).toEqual([]);
  });

  it.each(["passwordpassword", "Password1234", "1234iloveyou!", "QWERTY123456789", "1q2w3e4r5t6y", "Sunshine2026!!", "letmeinletmein", "palmares2026!", "ECPA-2026-2027"])(
    "refuses the common or padded common password %j",
    (password) => {
      expect(checkPassword(password, CONTEXT)).toEqual([PASSWORD_TOO_COMMON]);
    },
  );

  it.each(["aaaaaaaaaaaa", "123456789012", "abcdefghijklmn", "9876543210987", "abcabcabcabc", "zyxwvutsrqpo"])("refuses the predictable %j", (password) => {
    expect(checkPassword(password, CONTEXT)).toEqual([PASSWORD_TOO_PREDICTABLE]);
  });

  it.each(["maria.rossi@example.org", "MariaRossi-2026", "my name is maria.rossi", "rossi rossi rossi"])("refuses a password with the person's name or email: %j", (password) => {
    expect(checkPassword(password, CONTEXT)).toContain(PASSWORD_IS_PERSONAL);
  });

  it("does not refuse a short name part found by chance", () => {
    expect(checkPassword("ana-and-the-otters", { ...CONTEXT, name: "Ana Li", email: "al@example.org" })).toEqual([]);
  });

  it("says every reason at once", () => {
    expect(checkPassword("mariarossi123", { ...CONTEXT, commonPasswords: new Set(["mariarossi"]) })).toEqual([PASSWORD_TOO_COMMON, PASSWORD_IS_PERSONAL]);
  });
});

describe("the shipped list of common passwords", () => {
  it("holds a few thousand lowercase entries, the well-known ones among them", () => {
    const list = getCommonPasswords();
    expect(list.size).toBeGreaterThan(5000);
    for (const word of ["123456", "password", "qwerty", "iloveyou", "1qaz2wsx3edc", "qwerty123456"]) expect(list.has(word)).toBe(true);
    expect([...list].every((word) => word === word.toLowerCase() && word.length > 0)).toBe(true);
  });

  it("refuses a twelve-character password from it", () => {
    expect(checkPassword("qwerty123456", { ...CONTEXT, commonPasswords: getCommonPasswords() })).toEqual([PASSWORD_TOO_COMMON]);
    expect(checkPassword("Football1234", { ...CONTEXT, commonPasswords: getCommonPasswords() })).toEqual([PASSWORD_TOO_COMMON]);
  });
});
