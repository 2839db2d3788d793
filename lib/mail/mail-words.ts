/**
 * The words the system puts into a message's placeholders (a jury seat, a rejection reason, a count of dossiers),
 * in the recipient's language; the template around them is the edition's or the default in that same language.
 */
import type { EligibilityReason } from "../../db/schema";
import type { Locale } from "../i18n/locales";

export interface MailWords {
  seat: (role: "chair" | "voting" | "expert", countryName: string) => string;
  /** Each rejection reason as the end of the sentence "It was not accepted because …". */
  reasons: Record<EligibilityReason, string>;
  reasonInNote: string;
  dossier: (title: string, reference: string | null) => string;
  noteHeading: string;
  dossierCount: (count: number) => string;
  missingSheet: (countryName: string, title: string, state: "not_started" | "draft") => string;
  coordinatorStatus: (hasDraft: boolean) => string;
  /** Where to find a page in words, when the app's public address is unknown. */
  places: { nominations: string; jury: string; results: (year: number) => string };
}

export const MAIL_WORDS: Record<Locale, MailWords> = {
  en: {
    seat: (role, countryName) =>
      `as ${role === "chair" ? "chair of the jury" : role === "voting" ? "a voting member" : "a non-voting expert"}, for ${countryName}`,
    reasons: {
      off_theme: "the project is off the edition's theme.",
      not_evaluated: "the project has not been evaluated.",
      incomplete: "the dossier is incomplete.",
      not_in_english: "the dossier is not in English.",
      duplicate: "the dossier duplicates another one.",
      other: "of another reason, explained in the note below.",
    },
    reasonInNote: "of the reason in the note below.",
    dossier: (title, reference) => `"${title}"${reference ? ` (reference ${reference})` : ""}`,
    noteHeading: "Note from the secretariat:",
    dossierCount: (count) => `${count} ${count === 1 ? "dossier" : "dossiers"}`,
    missingSheet: (countryName, title, state) => `- ${countryName}: "${title}" (${state === "draft" ? "draft saved, not submitted" : "not started"})`,
    coordinatorStatus: (hasDraft) => (hasDraft ? "a draft, not submitted yet" : "not started yet"),
    places: { nominations: "Palmarès, under My nominations", jury: "Palmarès, under Jury", results: (year) => `the results page of Palmarès, under ${year}` },
  },
  fr: {
    seat: (role, countryName) =>
      `en tant que ${role === "chair" ? "président(e) du jury" : role === "voting" ? "membre votant" : "expert(e) sans droit de vote"}, pour ${countryName}`,
    reasons: {
      off_theme: "le projet ne correspond pas au thème de l’édition.",
      not_evaluated: "le projet n’a pas été évalué.",
      incomplete: "le dossier est incomplet.",
      not_in_english: "le dossier n’est pas rédigé en anglais.",
      duplicate: "le dossier fait double emploi avec un autre.",
      other: "une autre raison, expliquée dans la note ci-dessous.",
    },
    reasonInNote: "la raison indiquée dans la note ci-dessous.",
    dossier: (title, reference) => `« ${title} »${reference ? ` (référence ${reference})` : ""}`,
    noteHeading: "Note du secrétariat :",
    dossierCount: (count) => `${count} ${count === 1 ? "dossier" : "dossiers"}`,
    missingSheet: (countryName, title, state) =>
      `- ${countryName} : « ${title} » (${state === "draft" ? "brouillon enregistré, non soumis" : "pas commencé"})`,
    coordinatorStatus: (hasDraft) => (hasDraft ? "un brouillon, pas encore soumis" : "pas encore commencée"),
    places: { nominations: "Palmarès, rubrique Mes candidatures", jury: "Palmarès, rubrique Jury", results: (year) => `la page des résultats de Palmarès, rubrique ${year}` },
  },
};
