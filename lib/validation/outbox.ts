import { z } from "zod";

const positiveInteger = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

/** The outbox's ?page= parameter: a page number, or the first page for anything else. */
export const outboxPageSchema = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), positiveInteger.catch(1));

/** The outbox's ?status= filter: the failed messages, those not sent yet (failed ones included), or every one. */
export const OUTBOX_FILTERS = ["all", "unsent", "failed"] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];
export const outboxFilterSchema = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(OUTBOX_FILTERS).catch("all"));

/** A message id from the URL, or undefined when it is not a plain positive number. */
export function parseMessageId(value: string): number | undefined {
  const result = positiveInteger.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Resending an invitation of the outbox with a fresh link. */
export const resendInvitationSchema = z.object({ messageId: z.coerce.number().int().positive() });
export type ResendInvitationInput = z.input<typeof resendInvitationSchema>;
