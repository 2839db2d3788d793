import { and, count, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, jobs, nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { getEditionJobKey } from "../jobs/kinds";
import { runEditionCommand } from "../kernel/edition-command";
import { afterPublicChange } from "../results/public-invalidation";
import { STALE_EDITION_MESSAGE } from "./update-edition";

export interface DeleteEditionRequest {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  version: number;
}

/**
 * Deletes a draft edition with its rubric, prizes, jury memberships and pending jobs (the policy allows drafts only). Its audit
 * trail stays: audit rows name the edition without a foreign key, so the deletion itself is on record.
 */
export async function deleteEdition({ db, actor, editionId, version }: DeleteEditionRequest) {
  return afterPublicChange(runEditionCommand({ db, actor, editionId, action: "edition.delete" }, async ({ tx, edition, audit }) => {
    if (edition.version !== version) throw new AppError("CONFLICT", STALE_EDITION_MESSAGE);
    const [held] = await tx.select({ n: count() }).from(nominations).where(eq(nominations.editionId, editionId));
    if ((held?.n ?? 0) > 0) throw new AppError("CONFLICT", "This edition holds nominations, so it stays on record.");
    const [row] = await tx.select({ theme: editions.theme }).from(editions).where(eq(editions.id, editionId));
    await audit({ entity: "edition", id: editionId, data: { year: edition.year, theme: row?.theme } });
    await tx.delete(editions).where(eq(editions.id, editionId));
    // Whatever was scheduled for it (a publication at an embargo) has nothing left to act on.
    await tx.delete(jobs).where(and(eq(jobs.key, getEditionJobKey(editionId)), eq(jobs.state, "pending")));
    return { year: edition.year };
  }));
}
