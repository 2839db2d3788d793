import { getDefaultTemplate, renderTemplate, type TemplateText } from "./templates";

export interface MissingSheet {
  countryName: string;
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
}

export function countDossiers(count: number): string {
  return `${count} ${count === 1 ? "dossier" : "dossiers"}`;
}

/** The dossiers still to score, one a line, as the reminders list them. */
export function listMissingSheets(missing: readonly MissingSheet[]): string {
  return missing.map((m) => `- ${m.countryName}: "${m.title}" (${m.state === "draft" ? "draft saved, not submitted" : "not started"})`).join("\n");
}

/** The secretariat's reminder to one juror: which assigned dossiers still lack a submitted sheet, and the deadline. */
export function composeJuryReminderMail(input: JuryReminderInput, template: TemplateText = getDefaultTemplate("jury-reminder")): TemplateText {
  return renderTemplate(template, {
    name: input.jurorName,
    edition_year: String(input.year),
    dossier_count: countDossiers(input.assignedCount),
    missing_count: countDossiers(input.missing.length),
    missing_list: listMissingSheets(input.missing),
    deadline: input.deadline,
    link: input.juryUrl ?? "Palmarès, under Jury",
  });
}
