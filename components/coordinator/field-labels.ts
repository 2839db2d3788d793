import { ANSWER_LABELS } from "@/components/dossier/dossier-labels";
import type { NominationContentValues } from "@/lib/validation/nomination";

/** Each dossier field's label, as the form shows it. */
export const FIELD_LABELS: Record<keyof NominationContentValues, string> = {
  title: "Project title",
  organisation: "Responsible organisation",
  contactName: "Contact person's name",
  contactEmail: "Contact email",
  contactPhone: "Contact phone",
  startDate: "Start date",
  isOngoing: "Still running",
  endDate: "End date (or still running)",
  links: "Links",
  description: "Description",
  answerPrevention: ANSWER_LABELS.answerPrevention.label,
  answerEvaluation: ANSWER_LABELS.answerEvaluation.label,
  answerInnovation: ANSWER_LABELS.answerInnovation.label,
  answerPartners: ANSWER_LABELS.answerPartners.label,
  answerReplication: ANSWER_LABELS.answerReplication.label,
};
