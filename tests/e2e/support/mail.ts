import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where the e2e server captures every queued message (scripts/e2e-server.mjs sets E2E_MAIL_CAPTURE_FILE to it). */
const CAPTURE_FILE = path.join(__dirname, "..", "..", "..", ".data", "e2e", "mail-capture.jsonl");

export interface CapturedMail {
  to: string;
  subject: string;
  body: string;
}

/** The newest captured message to this address with this subject, as it was queued (live links included). */
export function findCapturedMail({ to, subject }: { to: string; subject: string }): CapturedMail | undefined {
  if (!existsSync(CAPTURE_FILE)) return undefined;
  const messages = readFileSync(CAPTURE_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CapturedMail);
  return messages.filter((m) => m.to === to && m.subject === subject).at(-1);
}
