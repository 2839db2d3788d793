/**
 * The audit trail in words: what an action did, which record it touched, and its details as label/value pairs.
 * Pure (no database): the viewer and the CSV export both read entries through it.
 */

import type { Locale } from "../i18n/locales";

export const ACTION_WORDS: Record<string, string> = {
  "auth.sign_in": "signed in",
  "auth.sign_in_failed": "failed to sign in",
  "sheet.save": "saved draft scores",
  "sheet.submit": "submitted scores",
  "sheet.reopen": "reopened submitted scores for editing",
  "sheet.excluded": "excluded a score sheet from the ranking",
  "sheet.restored": "restored a score sheet to the ranking",
  "nomination.created": "created a nomination",
  "nomination.submitted": "submitted a nomination",
  "nomination.withdrawn": "withdrew a nomination",
  "nomination.reopened": "reopened a nomination",
  "nomination.edit": "edited a nomination",
  "annex.uploaded": "uploaded an annex",
  "annex.deleted": "deleted an annex",
  "edition.phase_changed": "moved the edition to another phase",
  "edition.published": "published the edition",
  "result.frozen": "sealed the result",
  "result.unfrozen": "lifted the seal of the result",
  "awards.saved": "saved the awards",
  "tie.decided": "decided a tie",
  "jury.member_added": "added a jury member",
  "jury.member_removed": "removed a jury member",
  "jury.chair_changed": "changed the jury chair",
  "jury.close": "closed the jury",
  "conflict.added": "recorded a conflict of interest",
  "criterion.added": "added a criterion",
  "criterion.updated": "changed a criterion",
  "criterion.removed": "removed a criterion",
  "criterion.moved": "moved a criterion",
  "mail.invitation_resent": "resent an invitation",
  "user.invitation_accepted": "accepted an invitation",
  "person.erased": "erased a person's personal data",
  "retention.applied": "removed contact details after the retention period",
};

/** The same actions in French, for the secretariat that reads the trail in French (the CSV stays English). */
const ACTION_WORDS_FR: Record<string, string> = {
  "auth.sign_in": "s’est connecté(e)",
  "auth.sign_in_failed": "n’a pas réussi à se connecter",
  "sheet.save": "a enregistré des notes en brouillon",
  "sheet.submit": "a soumis des notes",
  "sheet.reopen": "a rouvert des notes soumises pour modification",
  "sheet.excluded": "a exclu une grille de notation du classement",
  "sheet.restored": "a réintégré une grille de notation au classement",
  "nomination.created": "a créé une candidature",
  "nomination.submitted": "a soumis une candidature",
  "nomination.withdrawn": "a retiré une candidature",
  "nomination.reopened": "a rouvert une candidature",
  "nomination.edit": "a modifié une candidature",
  "annex.uploaded": "a déposé une annexe",
  "annex.deleted": "a supprimé une annexe",
  "edition.phase_changed": "a fait passer l’édition à une autre phase",
  "edition.published": "a publié l’édition",
  "result.frozen": "a scellé le résultat",
  "result.unfrozen": "a levé le sceau du résultat",
  "awards.saved": "a enregistré les prix",
  "tie.decided": "a tranché un ex æquo",
  "jury.member_added": "a ajouté un membre du jury",
  "jury.member_removed": "a retiré un membre du jury",
  "jury.chair_changed": "a changé la présidence du jury",
  "jury.close": "a clos le jury",
  "conflict.added": "a enregistré un conflit d’intérêts",
  "criterion.added": "a ajouté un critère",
  "criterion.updated": "a modifié un critère",
  "criterion.removed": "a supprimé un critère",
  "criterion.moved": "a déplacé un critère",
  "mail.invitation_resent": "a renvoyé une invitation",
  "user.invitation_accepted": "a accepté une invitation",
  "person.erased": "a effacé les données personnelles d’une personne",
  "retention.applied": "a supprimé des coordonnées après la durée de conservation",
};

const ENTITY_WORDS: Record<string, string> = {
  score_sheet: "score sheet",
  nomination: "nomination",
  edition: "edition",
  membership: "jury membership",
  assignment: "assignment",
  conflict: "conflict of interest",
  criterion: "criterion",
  tie_decision: "tie decision",
  ceremony: "ceremony",
  user: "account",
  mail: "message",
  sign_in: "sign-in",
};

const ENTITY_WORDS_FR: Record<string, string> = {
  score_sheet: "grille de notation",
  nomination: "candidature",
  edition: "édition",
  membership: "siège au jury",
  assignment: "attribution",
  conflict: "conflit d’intérêts",
  criterion: "critère",
  tie_decision: "décision d’ex æquo",
  ceremony: "cérémonie",
  user: "compte",
  mail: "message",
  sign_in: "connexion",
};

/** What the action did, e.g. "submitted scores" ("a soumis des notes"); an unknown action reads as its own name in words. */
export function describeAction(action: string, locale: Locale = "en"): string {
  return (locale === "fr" ? ACTION_WORDS_FR : ACTION_WORDS)[action] ?? action.replace(/[._]/g, " ");
}

/** The record, e.g. "score sheet 42" ("grille de notation 42"). */
export function describeRecord(entityType: string, entityId: string, locale: Locale = "en"): string {
  return `${(locale === "fr" ? ENTITY_WORDS_FR : ENTITY_WORDS)[entityType] ?? entityType.replace(/_/g, " ")} ${entityId}`;
}

/** One score's change in a sheet save: null is "not scored". */
export interface ScoreChange {
  criterionId: number;
  before: number | null;
  after: number | null;
}

function isScoreChange(value: unknown): value is ScoreChange {
  return typeof value === "object" && value !== null && "criterionId" in value && "before" in value && "after" in value;
}

const show = (value: number | null) => (value === null ? "not scored" : String(value));

/** "criterion 3: 7 → 9" for each change of a score sheet's entry. */
export function describeScoreChanges(changes: unknown): string[] {
  if (!Array.isArray(changes)) return [];
  return changes.filter(isScoreChange).map((c) => `criterion ${c.criterionId}: ${show(c.before)} → ${show(c.after)}`);
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The entry's details as label/value lines, score changes spelt out, keys in words ("commentChanged" → "comment changed"). */
export function describeDetails(data: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(data).map(([key, value]) => {
    const label = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    if (key === "scoreChanges") return { label: "scores", value: describeScoreChanges(value).join("; ") || "none" };
    if (key === "submittedScores" && value && typeof value === "object") {
      return { label: "submitted scores", value: Object.entries(value).map(([id, score]) => `criterion ${id}: ${toText(score)}`).join("; ") || "none" };
    }
    return { label, value: toText(value) };
  });
}
