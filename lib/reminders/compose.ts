import type { Executor } from "../../db/client";
import type { EditionPhase } from "../../db/schema";
import { describeReminderTimeLeft, type DueReminder } from "../domain/reminder-milestones";
import { formatEditionMoment } from "../format/edition-time";
import { countDossiers, listMissingSheets } from "../mail/jury-reminder-mail";
import { formatCountryName } from "../format/country-name";
import type { Locale } from "../i18n/locales";
import { MAIL_WORDS } from "../mail/mail-words";
import { toMailLocale } from "../mail/recipient-locale";
import { cacheEditionTemplates } from "../mail/template-queries";
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

/**
 * Every reminder of one due milestone, one per person (per person and country for coordinators), ready to queue once.
 * Each is written in its recipient's language: the edition's template in that language, the words and dates too.
 */
export async function collectReminders(db: Executor, { edition, reminder, now, appUrl }: ComposeRequest): Promise<Omit<OnceReminder, "editionId">[]> {
  const common = { edition_year: String(edition.year), theme: edition.theme };
  const using = (kind: MailTemplateKind) => {
    const templateFor = cacheEditionTemplates(db, edition.id, kind);
    return {
      outboxKind: MAIL_TEMPLATE_SPECS[kind].outboxKind,
      render: async (locale: Locale, values: TemplateValues) => {
        const template = await templateFor(locale);
        return () => renderTemplate(template, { ...common, ...values });
      },
    };
  };
  const deadlineIn = (moment: Date, locale: Locale) => formatEditionMoment(moment, edition.timeZone, { locale });

  switch (reminder.audience) {
    case "coordinators-not-submitted": {
      const { outboxKind, render } = using("nominations-reminder");
      const secondsLeft = secondsUntil(edition.submissionDeadline, now);
      return Promise.all(
        (await listCoordinatorsNotSubmitted(db, edition.id)).map(async (row) => {
          const locale = toMailLocale(row.locale);
          const words = MAIL_WORDS[locale];
          return {
            // A person coordinating two countries hears about each of them.
            milestone: `${reminder.milestone}:${row.countryCode}`,
            userId: row.userId,
            to: row.email,
            outboxKind,
            compose: await render(locale, {
              name: row.name,
              country: formatCountryName(row.countryCode, row.countryName, locale),
              status: words.coordinatorStatus(row.hasDraft),
              deadline: deadlineIn(edition.submissionDeadline, locale),
              time_left: describeReminderTimeLeft(secondsLeft, locale),
              link: toLink(appUrl, "/coordinator", words.places.nominations),
            }),
          };
        }),
      );
    }
    case "jurors-scoring-opened": {
      const { outboxKind, render } = using("scoring-opened");
      return Promise.all(
        (await listJurorsWithAssignments(db, edition.id)).map(async (row) => {
          const locale = toMailLocale(row.locale);
          return {
            milestone: reminder.milestone,
            userId: row.userId,
            to: row.email,
            outboxKind,
            compose: await render(locale, {
              name: row.name,
              dossier_count: countDossiers(row.assignedCount, locale),
              deadline: deadlineIn(edition.juryDeadline, locale),
              link: toLink(appUrl, "/jury", MAIL_WORDS[locale].places.jury),
            }),
          };
        }),
      );
    }
    case "jurors-missing-sheets": {
      const { outboxKind, render } = using("scoring-deadline");
      const secondsLeft = secondsUntil(edition.juryDeadline, now);
      return Promise.all(
        (await listJurorsWithMissingSheets(db, edition.id)).map(async (row) => {
          const locale = toMailLocale(row.locale);
          return {
            milestone: reminder.milestone,
            userId: row.userId,
            to: row.email,
            outboxKind,
            compose: await render(locale, {
              name: row.name,
              missing_count: countDossiers(row.missing.length, locale),
              missing_list: listMissingSheets(row.missing, locale),
              deadline: deadlineIn(edition.juryDeadline, locale),
              time_left: describeReminderTimeLeft(secondsLeft, locale),
              link: toLink(appUrl, "/jury", MAIL_WORDS[locale].places.jury),
            }),
          };
        }),
      );
    }
    case "results-published": {
      const { outboxKind, render } = using("results-published");
      return Promise.all(
        (await listEditionParticipants(db, edition.id)).map(async (row) => {
          const locale = toMailLocale(row.locale);
          return {
            milestone: reminder.milestone,
            userId: row.userId,
            to: row.email,
            outboxKind,
            compose: await render(locale, { name: row.name, link: toLink(appUrl, `/results/${edition.year}`, MAIL_WORDS[locale].places.results(edition.year)) }),
          };
        }),
      );
    }
  }
}
