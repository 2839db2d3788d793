import { formatDeadline } from "../domain/deadline";

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
  juryDeadline: Date;
  /** The juror's workspace in the app, when the app's public address is known. */
  juryUrl?: string;
}

function countDossiers(count: number): string {
  return `${count} ${count === 1 ? "dossier" : "dossiers"}`;
}

/** The secretariat's reminder to one juror: which assigned dossiers still lack a submitted sheet, and the deadline. */
export function composeJuryReminderMail(input: JuryReminderInput): { subject: string; body: string } {
  const deadline = formatDeadline(input.juryDeadline);
  const subject = `ECPA ${input.year}: ${countDossiers(input.missing.length)} still to score by ${deadline}`;
  const lines = [
    `Dear ${input.jurorName},`,
    "",
    `This is a reminder from the secretariat: ${input.missing.length} of your ${countDossiers(input.assignedCount)} ` +
      `for the European Crime Prevention Award ${input.year} ${input.missing.length === 1 ? "has" : "have"} no submitted score sheet yet.`,
    "",
    "Still to score:",
    ...input.missing.map((m) => `- ${m.countryName}: "${m.title}" (${m.state === "draft" ? "draft saved, not submitted" : "not started"})`),
    "",
    `The jury deadline is ${deadline}.`,
    input.juryUrl ? `You can score them here: ${input.juryUrl}` : "You can score them under Jury in Palmarès.",
    "",
    "Thank you,",
    "The secretariat",
  ];
  return { subject, body: lines.join("\n") };
}
