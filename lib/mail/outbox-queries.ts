import { and, count, desc, eq, gte, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, mailOutbox } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { maskAccountLinks } from "./account-links";
import { isResendableMail } from "./resend-invitation";
import type { OutboxFilter } from "../validation/outbox";
import { getMailStatus, MAX_MAIL_ATTEMPTS } from "./status";

export const OUTBOX_PAGE_SIZE = 50;

// The outbox holds every coordinator's and juror's mail, so it belongs to the secretariat alone.
function assertMayReadOutbox(viewer: SessionUser) {
  const decision = authorizeGlobal(viewer, "outbox.read");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
}

const summaryColumns = {
  id: mailOutbox.id,
  kind: mailOutbox.kind,
  toAddress: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  editionYear: editions.year,
};

const FILTERS: Record<OutboxFilter, SQL | undefined> = {
  all: undefined,
  unsent: isNull(mailOutbox.sentAt),
  failed: and(isNull(mailOutbox.sentAt), gte(mailOutbox.attempts, MAX_MAIL_ATTEMPTS)),
};

/** One page of the outbox, newest first, each message with its delivery status (not its body); optionally only the unsent or failed ones. */
export async function listOutboxMessages({ db, viewer, page = 1, filter = "all" }: { db: Executor; viewer: SessionUser; page?: number; filter?: OutboxFilter }) {
  assertMayReadOutbox(viewer);
  const where = FILTERS[filter];
  const [rows, [totals]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(mailOutbox)
      .leftJoin(editions, eq(editions.id, mailOutbox.editionId))
      .where(where)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ total: count() }).from(mailOutbox).where(where),
  ]);
  const total = totals?.total ?? 0;
  return {
    messages: rows.map((row) => ({ ...row, status: getMailStatus(row) })),
    total,
    page,
    filter,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
  };
}

export type OutboxSummary = Awaited<ReturnType<typeof listOutboxMessages>>["messages"][number];

/** One message with its body (account links masked), or undefined when there is none with that id. */
export async function getOutboxMessage({ db, viewer, id }: { db: Executor; viewer: SessionUser; id: number }) {
  assertMayReadOutbox(viewer);
  const [row] = await db
    .select({ ...summaryColumns, body: mailOutbox.body })
    .from(mailOutbox)
    .leftJoin(editions, eq(editions.id, mailOutbox.editionId))
    .where(eq(mailOutbox.id, id));
  // Every admin may read the outbox, but an account link is its addressee's alone: only its masked form leaves here.
  return row && { ...row, body: maskAccountLinks(row.body), canResend: isResendableMail(row), status: getMailStatus(row) };
}
