import type { EligibilityReason } from "../../db/schema";

/** Each rejection reason as the end of the sentence "It was not accepted because …". */
const REASON_SENTENCES: Record<EligibilityReason, string> = {
  off_theme: "the project is off the edition's theme.",
  not_evaluated: "the project has not been evaluated.",
  incomplete: "the dossier is incomplete.",
  not_in_english: "the dossier is not in English.",
  duplicate: "the dossier duplicates another one.",
  other: "of another reason, explained in the note below.",
};

export interface EligibilityMailInput {
  year: number;
  title: string;
  countryName: string;
  reference: string | null;
  decision: "accept" | "reject";
  reason?: EligibilityReason;
  note: string;
  /** The dossier's page in the app, when the app's public address is known. */
  dossierUrl?: string;
}

/** The message telling a country's coordinators the secretariat's eligibility decision on their dossier. */
export function composeEligibilityMail(input: EligibilityMailInput): { subject: string; body: string } {
  const isAccepted = input.decision === "accept";
  const subject = `ECPA ${input.year}: your nomination "${input.title}" was ${isAccepted ? "accepted" : "not accepted"}`;
  const lines = [
    "Dear coordinator,",
    "",
    `The secretariat has checked the eligibility of ${input.countryName}'s competing nomination for ${input.year}:`,
    `"${input.title}"${input.reference ? ` (reference ${input.reference})` : ""}.`,
    "",
    isAccepted
      ? "It was accepted: the dossier is eligible and goes to the jury."
      : `It was not accepted because ${input.reason ? REASON_SENTENCES[input.reason] : "of the reason in the note below."}`,
  ];
  if (input.note) lines.push("", "Note from the secretariat:", input.note);
  lines.push(
    "",
    input.dossierUrl ? `You can read the decision on the dossier's page: ${input.dossierUrl}` : "You can read the decision under My nominations in Palmarès.",
    "",
    "The secretariat",
  );
  return { subject, body: lines.join("\n") };
}
