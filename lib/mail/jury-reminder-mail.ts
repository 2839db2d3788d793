import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { formatCountryName } from "../format/country-name";
import { MAIL_WORDS } from "./mail-words";
import { getDefaultTemplate, renderTemplate, type TemplateText } from "./templates";

export interface MissingSheet {
  countryName: string;
  /** For the country's name in the juror's language. */
  countryCode?: string;
  title: string;
  /** "draft" when the juror saved scores but has not submitted them. */
  state: "not_started" | "draft";
}

export interface JuryReminderInput {
  year: number;
  jurorName: string;
  assignedCount: number;
  missing: readonly MissingSheet[];
  /** The jury deadline as the message says it, in the edition's time zone (formatEditionMoment). */
  deadline: string;
  /** The juror's workspace in the app, when the app's public address is known. */
  juryUrl?: string;
  /** The juror's language (English when left out); the template and the deadline must be in the same one. */
  locale?: Locale;
}

export function countDossiers(count: number, locale: Locale = DEFAULT_LOCALE): string {
  return MAIL_WORDS[locale].dossierCount(count);
}

/** The dossiers still to score, one a line, as the reminders list them. */
export function listMissingSheets(missing: readonly MissingSheet[], locale: Locale = DEFAULT_LOCALE): string {
  return missing
    .map((m) => MAIL_WORDS[locale].missingSheet(m.countryCode ? formatCountryName(m.countryCode, m.countryName, locale) : m.countryName, m.title, m.state))
    .join("\n");
}

/** The secretariat's reminder to one juror: which assigned dossiers still lack a submitted sheet, and the deadline. */
export function composeJuryReminderMail(input: JuryReminderInput, template: TemplateText = getDefaultTemplate("jury-reminder", input.locale)): TemplateText {
  const locale = input.locale ?? DEFAULT_LOCALE;
  return renderTemplate(template, {
    name: input.jurorName,
    edition_year: String(input.year),
    dossier_count: countDossiers(input.assignedCount, locale),
    missing_count: countDossiers(input.missing.length, locale),
    missing_list: listMissingSheets(input.missing, locale),
    deadline: input.deadline,
    link: input.juryUrl ?? MAIL_WORDS[locale].places.jury,
  });
}
