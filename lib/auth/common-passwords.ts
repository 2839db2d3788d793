import { readFileSync } from "node:fs";
import path from "node:path";
import { checkPassword } from "../domain/password-rules";
import { AppError } from "../errors";

let cached: ReadonlySet<string> | undefined;

/**
 * The common passwords refused for new passwords: common-passwords.txt beside this file, one lowercase password a
 * line — the 5,000 most common of the list shipped by @zxcvbn-ts/language-common (MIT), every one of 12 characters
 * or more from it, and a few padded favourites. Read once per process.
 */
export function getCommonPasswords(): ReadonlySet<string> {
  if (!cached) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "auth", "common-passwords.txt");
    cached = new Set(readFileSync(file, "utf8").split("\n").map((line) => line.trim()).filter(Boolean));
  }
  return cached;
}

/** The one check of a new password, for invitations and resets alike: an INVALID error naming every reason. */
export function assertAcceptablePassword(password: string, person: { email: string; name: string }): void {
  const problems = checkPassword(password, { ...person, commonPasswords: getCommonPasswords() });
  if (problems.length > 0) throw new AppError("INVALID", problems[0]!, { password: problems });
}
