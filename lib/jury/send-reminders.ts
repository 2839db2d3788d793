import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions } from "../../db/schema";
import { formatEditionMoment } from "../format/edition-time";
import type { SessionUser } from "../auth/session-user";
import { runEditionCommand } from "../kernel/edition-command";
import { composeJuryReminderMail, type MissingSheet } from "../mail/jury-reminder-mail";
import { enqueueMail } from "../mail/outbox";
import { cacheEditionTemplates } from "../mail/template-queries";
import { toMailLocale } from "../mail/recipient-locale";
import { listAssignedSheets } from "./progress";

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
  return runEditionCommand({ db, actor: user, editionId, action: "jury.remind" }, async ({ tx, edition, audit }) => {
    const sheets = await listAssignedSheets(tx, editionId);
    const byJuror = new Map<number, { name: string; email: string; locale: string | null; assigned: number; missing: MissingSheet[] }>();
    for (const sheet of sheets) {
      if (!sheet.isJurorActive) continue;
      const juror = byJuror.get(sheet.jurorUserId) ?? { name: sheet.jurorName, email: sheet.jurorEmail, locale: sheet.jurorLocale, assigned: 0, missing: [] };
      juror.assigned += 1;
      if (sheet.progress !== "submitted") juror.missing.push({ countryName: sheet.countryName, countryCode: sheet.countryCode, title: sheet.title, state: sheet.progress });
      byJuror.set(sheet.jurorUserId, juror);
    }

    const templateFor = cacheEditionTemplates(tx, editionId, "jury-reminder");
    const [zone] = await tx.select({ timeZone: editions.timeZone }).from(editions).where(eq(editions.id, editionId));
    const reminded: { jurorUserId: number; missingCount: number; messageId: number }[] = [];
    for (const [jurorUserId, juror] of byJuror) {
      if (juror.missing.length === 0) continue;
      // Each juror reads the reminder in their own language, the deadline included.
      const locale = toMailLocale(juror.locale);
      const deadline = formatEditionMoment(edition.juryDeadline, zone?.timeZone ?? "Europe/Brussels", { locale });
      const mail = composeJuryReminderMail(
        {
        year: edition.year,
        jurorName: juror.name,
        assignedCount: juror.assigned,
        missing: juror.missing,
        deadline,
        juryUrl: appUrl ? new URL("/jury", appUrl).toString() : undefined,
        locale,
        },
        await templateFor(locale),
      );
      const messageId = await enqueueMail(tx, { editionId, kind: "jury.reminder", to: juror.email, ...mail });
      reminded.push({ jurorUserId, missingCount: juror.missing.length, messageId });
    }
    if (reminded.length > 0) {
      await audit({
        action: "jury.reminders_queued",
        entity: "edition",
        id: editionId,
        data: { jurorCount: reminded.length, reminders: reminded },
      });
    }
    return { jurorCount: reminded.length };
  });
}
