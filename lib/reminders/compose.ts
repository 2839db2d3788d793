import type { Executor } from "../../db/client";
import type { EditionPhase } from "../../db/schema";
import { describeReminderTimeLeft, type DueReminder } from "../domain/reminder-milestones";
import { formatEditionMoment } from "../format/edition-time";
import { countDossiers, listMissingSheets } from "../mail/jury-reminder-mail";
import { getEditionTemplate } from "../mail/template-queries";
import { MAIL_TEMPLATE_SPECS, renderTemplate, type MailTemplateKind, type TemplateValues } from "../mail/templates";
import type { OnceReminder } from "./queue-once";
import { listCoordinatorsNotSubmitted, listEditionParticipants, listJurorsWithAssignments, listJurorsWithMissingSheets } from "./recipients";

/** What the reminders need to know of their edition. */
export interface ReminderEditionFacts {
  id: number;
  year: number;
  theme: string;
  timeZone: string;
  phase: EditionPhase;
  submissionDeadline: Date;
  juryDeadline: Date;
  juryClosedAt: Date | null;
  publishedAt: Date | null;
}

interface ComposeRequest {
  edition: ReminderEditionFacts;
  reminder: DueReminder;
  now: Date;
  appUrl: string | undefined;
}

/** A link into the app, or where to find the page in words when the app's public address is unknown. */
function toLink(appUrl: string | undefined, path: string, words: string): string {
  return appUrl ? new URL(path, appUrl).toString() : words;
}

function secondsUntil(deadline: Date, now: Date): number {
  return (deadline.getTime() - now.getTime()) / 1000;
}

/** Every reminder of one due milestone, one per person (per person and country for coordinators), ready to queue once. */
export async function collectReminders(db: Executor, { edition, reminder, now, appUrl }: ComposeRequest): Promise<Omit<OnceReminder, "editionId">[]> {
  const common = { edition_year: String(edition.year), theme: edition.theme };
  const using = async (kind: MailTemplateKind) => {
    const template = await getEditionTemplate(db, edition.id, kind);
    return { outboxKind: MAIL_TEMPLATE_SPECS[kind].outboxKind, render: (values: TemplateValues) => () => renderTemplate(template, { ...common, ...values }) };
  };

  switch (reminder.audience) {
    case "coordinators-not-submitted": {
      const { outboxKind, render } = await using("nominations-reminder");
      const deadline = formatEditionMoment(edition.submissionDeadline, edition.timeZone);
      const timeLeft = describeReminderTimeLeft(secondsUntil(edition.submissionDeadline, now));
      const link = toLink(appUrl, "/coordinator", "Palmarès, under My nominations");
      return (await listCoordinatorsNotSubmitted(db, edition.id)).map((row) => ({
        // A person coordinating two countries hears about each of them.
        milestone: `${reminder.milestone}:${row.countryCode}`,
        userId: row.userId,
        to: row.email,
        outboxKind,
        compose: render({
          name: row.name,
          country: row.countryName,
          status: row.hasDraft ? "a draft, not submitted yet" : "not started yet",
          deadline,
          time_left: timeLeft,
          link,
        }),
      }));
    }
    case "jurors-scoring-opened": {
      const { outboxKind, render } = await using("scoring-opened");
      const deadline = formatEditionMoment(edition.juryDeadline, edition.timeZone);
      const link = toLink(appUrl, "/jury", "Palmarès, under Jury");
      return (await listJurorsWithAssignments(db, edition.id)).map((row) => ({
        milestone: reminder.milestone,
        userId: row.userId,
        to: row.email,
        outboxKind,
        compose: render({ name: row.name, dossier_count: countDossiers(row.assignedCount), deadline, link }),
      }));
    }
    case "jurors-missing-sheets": {
      const { outboxKind, render } = await using("scoring-deadline");
      const deadline = formatEditionMoment(edition.juryDeadline, edition.timeZone);
      const timeLeft = describeReminderTimeLeft(secondsUntil(edition.juryDeadline, now));
      const link = toLink(appUrl, "/jury", "Palmarès, under Jury");
      return (await listJurorsWithMissingSheets(db, edition.id)).map((row) => ({
        milestone: reminder.milestone,
        userId: row.userId,
        to: row.email,
        outboxKind,
        compose: render({
          name: row.name,
          missing_count: countDossiers(row.missing.length),
          missing_list: listMissingSheets(row.missing),
          deadline,
          time_left: timeLeft,
          link,
        }),
      }));
    }
    case "results-published": {
      const { outboxKind, render } = await using("results-published");
      const link = toLink(appUrl, `/results/${edition.year}`, `the results page of Palmarès, under ${edition.year}`);
      return (await listEditionParticipants(db, edition.id)).map((row) => ({
        milestone: reminder.milestone,
        userId: row.userId,
        to: row.email,
        outboxKind,
        compose: render({ name: row.name, link }),
      }));
    }
  }
}
