import { SPEC_YEARS } from "./spec-accounts";

/** The refused message seed/messages.seed.ts puts in the outbox, and why the server refused it. */
export const FAILED_MESSAGE = {
  subject: `ECPA ${SPEC_YEARS.messages}: a reminder the mail server refused`,
  to: "nobody@messages.invalid",
  reason: "550 5.1.1 <nobody@messages.invalid>: Recipient address rejected: mailbox unavailable",
} as const;
