/**
 * The notices a dossier's changes send its country's coordinators (the receipt of a submission, a reopening), in
 * each recipient's language. They are not edition templates: the secretariat does not rewrite them.
 */
import type { NominationKind } from "../../db/schema";
import { formatDeadline } from "../domain/deadline";
import { formatCountryName } from "../format/country-name";
import type { Locale } from "../i18n/locales";

export interface DossierMailFacts {
  year: number;
  countryCode: string;
  countryName: string;
  kind: NominationKind;
  title: string;
  /** The edition's zone, in which the receipt states the moment of submission. */
  timeZone: string;
}

function describeDossier(dossier: DossierMailFacts, locale: Locale): string {
  const country = formatCountryName(dossier.countryCode, dossier.countryName, locale);
  if (locale === "fr") {
    const kind = dossier.kind === "competing" ? "candidature en compétition" : "bonne pratique supplémentaire";
    return `« ${dossier.title} » (${country}, ${kind}, ${dossier.year})`;
  }
  const kind = dossier.kind === "competing" ? "competing nomination" : "additional good practice";
  return `"${dossier.title}" (${country}, ${kind}, ${dossier.year})`;
}

/** The submission receipt: the reference and the time the database recorded. */
export function composeSubmissionReceipt(
  dossier: DossierMailFacts,
  receipt: { reference: string; submittedAt: Date; submitterName: string },
  locale: Locale,
): { subject: string; body: string } {
  const submitted = formatDeadline(receipt.submittedAt, dossier.timeZone, locale);
  if (locale === "fr") {
    return {
      subject: `Accusé de réception : ${receipt.reference} soumis`,
      body: [
        `Le dossier ${describeDossier(dossier, locale)} a été soumis par ${receipt.submitterName}.`,
        "",
        `Référence : ${receipt.reference}`,
        `Soumis le : ${submitted}`,
        "",
        "Le dossier est désormais verrouillé. Jusqu’à la date limite de soumission, un coordinateur national de votre pays peut le retirer pour le modifier",
        "et le soumettre à nouveau. Indiquez la référence lorsque vous écrivez au secrétariat.",
      ].join("\n"),
    };
  }
  return {
    subject: `Receipt: ${receipt.reference} submitted`,
    body: [
      `The dossier ${describeDossier(dossier, locale)} was submitted by ${receipt.submitterName}.`,
      "",
      `Reference: ${receipt.reference}`,
      `Submitted: ${submitted}`,
      "",
      "The dossier is now locked. Until the submission deadline, a coordinator of your country can withdraw it to change it",
      "and submit it again. Quote the reference when you write to the secretariat.",
    ].join("\n"),
  };
}

/** The notice that the secretariat reopened the dossier, and why. */
export function composeReopenNotice(dossier: DossierMailFacts, reason: string, locale: Locale): { subject: string; body: string } {
  if (locale === "fr") {
    return {
      subject: `Rouvert : ${dossier.title}`,
      body: [
        `Le secrétariat a rouvert le dossier ${describeDossier(dossier, locale)}. Il est de nouveau à l’état de brouillon : modifiez-le et soumettez-le à nouveau avant la date limite.`,
        "",
        `Motif : ${reason}`,
      ].join("\n"),
    };
  }
  return {
    subject: `Reopened: ${dossier.title}`,
    body: [
      `The secretariat reopened the dossier ${describeDossier(dossier, locale)}. It is a draft again: change it and submit it again before the deadline.`,
      "",
      `Reason: ${reason}`,
    ].join("\n"),
  };
}
