import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, countries, nominations, scoreSheets, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { composeJuryReminderMail, type MissingSheet } from "../mail/jury-reminder-mail";
import { enqueueMail } from "../mail/outbox";
import { listAssignableDossiers, listEditionJurors } from "./assignment-matrix";
import { lockEditionForJuryChange } from "./assignment-changes";
import { recordAudit } from "../kernel/audit";

export type SheetProgress = "not_started" | "draft" | "submitted";

export interface SheetCounts {
  assigned: number;
  notStarted: number;
  draft: number;
  submitted: number;
}

/** Where one assigned sheet stands; an excluded sheet never counts, so it is as good as not started. */
export function getSheetProgress(sheet: { state: "draft" | "submitted" | null; isExcluded: boolean | null }): SheetProgress {
  if (sheet.state === null || sheet.isExcluded) return "not_started";
  return sheet.state;
}

function countSheets(progress: readonly SheetProgress[]): SheetCounts {
  return {
    assigned: progress.length,
    notStarted: progress.filter((p) => p === "not_started").length,
    draft: progress.filter((p) => p === "draft").length,
    submitted: progress.filter((p) => p === "submitted").length,
  };
}

/** Every assignment of an edition with its juror, dossier and where its sheet stands. */
async function listAssignedSheets(db: Executor, editionId: number) {
  const rows = await db
    .select({
      jurorUserId: assignments.jurorUserId,
      jurorName: users.name,
      jurorEmail: users.email,
      isJurorActive: users.isActive,
      nominationId: assignments.nominationId,
      title: nominations.title,
      countryName: countries.name,
      state: scoreSheets.state,
      isExcluded: scoreSheets.isExcluded,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.jurorUserId))
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(scoreSheets, and(eq(scoreSheets.jurorUserId, assignments.jurorUserId), eq(scoreSheets.nominationId, assignments.nominationId)))
    .where(eq(assignments.editionId, editionId))
    .orderBy(asc(countries.name), asc(nominations.title));
  return rows.map((row) => ({ ...row, progress: getSheetProgress(row) }));
}

/** The jury's progress: per juror, per dossier and in total, how many assigned sheets are not started, in draft, submitted. */
export async function getJuryProgress({ db, editionId }: { db: Executor; editionId: number }) {
  const [sheets, jurors, dossiers] = await Promise.all([
    listAssignedSheets(db, editionId),
    listEditionJurors({ db, editionId }),
    listAssignableDossiers({ db, editionId }),
  ]);
  const totals = countSheets(sheets.map((s) => s.progress));
  return {
    jurors: jurors.map((juror) => ({
      ...juror,
      ...countSheets(sheets.filter((s) => s.jurorUserId === juror.userId).map((s) => s.progress)),
    })),
    dossiers: dossiers.map((dossier) => ({
      ...dossier,
      ...countSheets(sheets.filter((s) => s.nominationId === dossier.id).map((s) => s.progress)),
    })),
    totals,
    /** Every assigned sheet is submitted (and there is at least one). */
    isComplete: totals.assigned > 0 && totals.submitted === totals.assigned,
  };
}

export type JuryProgress = Awaited<ReturnType<typeof getJuryProgress>>;

/**
 * Queues one reminder per active juror who has assigned dossiers without a submitted sheet, listing them with the
 * jury deadline, in one transaction with its audit entry. Jurors who are done get nothing.
 */
export async function sendJuryReminders({
  db,
  user,
  editionId,
  appUrl,
}: {
  db: Executor;
  user: SessionUser;
  editionId: number;
  /** The app's public address (NEXTAUTH_URL), so the email can link to the juror's workspace. */
  appUrl?: string;
}) {
  return db.transaction(async (tx) => {
    const edition = await lockEditionForJuryChange(tx, { actor: user, editionId, change: "reminders" });
    const sheets = await listAssignedSheets(tx, editionId);
    const byJuror = new Map<number, { name: string; email: string; assigned: number; missing: MissingSheet[] }>();
    for (const sheet of sheets) {
      if (!sheet.isJurorActive) continue;
      const juror = byJuror.get(sheet.jurorUserId) ?? { name: sheet.jurorName, email: sheet.jurorEmail, assigned: 0, missing: [] };
      juror.assigned += 1;
      if (sheet.progress !== "submitted") juror.missing.push({ countryName: sheet.countryName, title: sheet.title, state: sheet.progress });
      byJuror.set(sheet.jurorUserId, juror);
    }

    const reminded: { jurorUserId: number; missingCount: number; messageId: number }[] = [];
    for (const [jurorUserId, juror] of byJuror) {
      if (juror.missing.length === 0) continue;
      const mail = composeJuryReminderMail({
        year: edition.year,
        jurorName: juror.name,
        assignedCount: juror.assigned,
        missing: juror.missing,
        juryDeadline: edition.juryDeadline,
        juryUrl: appUrl ? new URL("/jury", appUrl).toString() : undefined,
      });
      const messageId = await enqueueMail(tx, { editionId, kind: "jury.reminder", to: juror.email, ...mail });
      reminded.push({ jurorUserId, missingCount: juror.missing.length, messageId });
    }
    if (reminded.length > 0) {
      await recordAudit(tx, {
        actorUserId: user.id,
        editionId,
        action: "jury.reminders_queued",
        entityType: "edition",
        entityId: editionId,
        data: { jurorCount: reminded.length, reminders: reminded },
      });
    }
    return { jurorCount: reminded.length };
  });
}
