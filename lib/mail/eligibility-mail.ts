import type { EligibilityReason } from "../../db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { MAIL_WORDS } from "./mail-words";
import { getDefaultTemplate, renderTemplate, type TemplateText } from "./templates";

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
  /** The recipient's language (English when left out); the template must be in the same one. */
  locale?: Locale;
}

/** The template an eligibility decision renders: accepted or not. */
export function getEligibilityTemplateKind(decision: EligibilityMailInput["decision"]) {
  return decision === "accept" ? ("eligibility-accepted" as const) : ("eligibility-rejected" as const);
}

/** The message telling a country's coordinators the secretariat's eligibility decision on their dossier. */
export function composeEligibilityMail(
  input: EligibilityMailInput,
  template: TemplateText = getDefaultTemplate(getEligibilityTemplateKind(input.decision), input.locale),
): TemplateText {
  const words = MAIL_WORDS[input.locale ?? DEFAULT_LOCALE];
  return renderTemplate(template, {
    edition_year: String(input.year),
    country: input.countryName,
    title: input.title,
    dossier: words.dossier(input.title, input.reference),
    reason: input.reason ? words.reasons[input.reason] : words.reasonInNote,
    note: input.note ? `${words.noteHeading}\n${input.note}` : "",
    link: input.dossierUrl ?? words.places.nominations,
  });
}
