import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, type AssignmentMode } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";

/** Chooses how the next generation assigns dossiers; the edition's version guards against a stale form. */
export async function updateAssignmentSettings({
  db,
  user,
  editionId,
  version,
  mode,
  jurorsPerDossier,
}: {
  db: Executor;
  user: SessionUser;
  editionId: number;
  version: number;
  mode: AssignmentMode;
  jurorsPerDossier: number | null;
}) {
  return runEditionCommand({ db, actor: user, editionId, action: "assignments.configure" }, async ({ tx, edition, audit }) => {
    const stale = new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page and try again.");
    if (edition.version !== version) throw stale;
    const [updated] = await tx
      .update(editions)
      .set({ assignmentMode: mode, jurorsPerDossier, version: sql`${editions.version} + 1` })
      .where(and(eq(editions.id, editionId), eq(editions.version, version)))
      .returning({ version: editions.version });
    if (!updated) throw stale;
    await audit({ action: "assignments.settings_changed", entity: "edition", id: editionId, data: { mode, jurorsPerDossier, version: updated.version } });
    return { version: updated.version };
  });
}
