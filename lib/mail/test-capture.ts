import { appendFileSync } from "node:fs";
import { getEnv } from "../env";

/**
 * The end-to-end tests' mailbox: with E2E_MAIL_CAPTURE_FILE set (only the e2e server sets it), each queued message
 * is appended to that file as one JSON line, so a spec can follow an invitation link the outbox no longer shows.
 */
export function captureMailForTests(mail: { to: string; subject: string; body: string }): void {
  const file = getEnv().E2E_MAIL_CAPTURE_FILE;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ to: mail.to, subject: mail.subject, body: mail.body })}\n`);
}
