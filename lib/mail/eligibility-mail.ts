import type { EligibilityReason } from "../../db/schema";
import { getDefaultTemplate, renderTemplate, type TemplateText } from "./templates";

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

/** The template an eligibility decision renders: accepted or not. */
export function getEligibilityTemplateKind(decision: EligibilityMailInput["decision"]) {
  return decision === "accept" ? ("eligibility-accepted" as const) : ("eligibility-rejected" as const);
}

/** The message telling a country's coordinators the secretariat's eligibility decision on their dossier. */
export function composeEligibilityMail(
  input: EligibilityMailInput,
  template: TemplateText = getDefaultTemplate(getEligibilityTemplateKind(input.decision)),
): TemplateText {
  return renderTemplate(template, {
    edition_year: String(input.year),
    country: input.countryName,
    title: input.title,
    dossier: `"${input.title}"${input.reference ? ` (reference ${input.reference})` : ""}`,
    reason: input.reason ? REASON_SENTENCES[input.reason] : "of the reason in the note below.",
    note: input.note ? `Note from the secretariat:\n${input.note}` : "",
    link: input.dossierUrl ?? "Palmarès, under My nominations",
  });
}
