/**
 * Which of an edition's settings may change in which phase. Pure: the settings form disables what is locked and
 * the update command refuses a change to it with the same reason. The database's freeze guard (migration 0005)
 * also refuses ranking settings on a sealed result; this rule says so before anyone tries.
 */
import { isPhaseReached, PHASE_LABELS, type Phase } from "./phases";

export interface EditionEditState {
  phase: Phase;
  isFrozen: boolean;
}

/** The last phase in which a group of settings may still change ("always": every phase). */
interface FieldRule {
  label: string;
  lastPhase: Phase | "always";
  /** Whether a sealed result locks it too. */
  isLockedWhenFrozen: boolean;
}

const CALL = "nominations_open" as const;
const BEFORE_SCORING = "eligibility" as const;

export const EDITION_FIELD_RULES = {
  theme: { label: "the theme", lastPhase: "deliberation", isLockedWhenFrozen: true },
  description: { label: "the description", lastPhase: "deliberation", isLockedWhenFrozen: false },
  presidencyCountryCode: { label: "the presidency", lastPhase: "deliberation", isLockedWhenFrozen: true },
  timeZone: { label: "the time zone", lastPhase: CALL, isLockedWhenFrozen: false },
  nationalCallOpensOn: { label: "the opening of the national call", lastPhase: CALL, isLockedWhenFrozen: false },
  nationalCallClosesOn: { label: "the close of the national call", lastPhase: CALL, isLockedWhenFrozen: false },
  submissionDeadline: { label: "the submission deadline", lastPhase: CALL, isLockedWhenFrozen: false },
  gracePeriodMinutes: { label: "the grace period", lastPhase: CALL, isLockedWhenFrozen: false },
  descriptionWordLimit: { label: "the description's word limit", lastPhase: CALL, isLockedWhenFrozen: false },
  answerWordLimit: { label: "the answers' word limit", lastPhase: CALL, isLockedWhenFrozen: false },
  eligibilityDeadline: { label: "the eligibility deadline", lastPhase: "eligibility", isLockedWhenFrozen: false },
  juryDeadline: { label: "the jury deadline", lastPhase: "jury_scoring", isLockedWhenFrozen: false },
  juryMeetingOn: { label: "the jury meeting", lastPhase: "jury_scoring", isLockedWhenFrozen: false },
  awardedPlaces: { label: "the number of awarded places", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: true },
  maxVotingJurors: { label: "the jury's voting cap", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: true },
  scoreVisibility: { label: "what jurors see of the others' scores", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: false },
  isNormalised: { label: "normalisation", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: true },
  assignmentMode: { label: "the assignment mode", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: false },
  jurorsPerDossier: { label: "the jurors per dossier", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: false },
  tieBreakChain: { label: "the tie-break chain", lastPhase: BEFORE_SCORING, isLockedWhenFrozen: true },
  ceremonyStartsOn: { label: "the ceremony's first day", lastPhase: "deliberation", isLockedWhenFrozen: false },
  ceremonyEndsOn: { label: "the ceremony's last day", lastPhase: "deliberation", isLockedWhenFrozen: false },
  ceremonyPlace: { label: "the ceremony's place", lastPhase: "deliberation", isLockedWhenFrozen: false },
  prizes: { label: "the prizes", lastPhase: "deliberation", isLockedWhenFrozen: true },
  contactRetentionMonths: { label: "the retention of contact details", lastPhase: "always", isLockedWhenFrozen: false },
} as const satisfies Record<string, FieldRule>;

export type EditionSettingField = keyof typeof EDITION_FIELD_RULES;
export const EDITION_SETTING_FIELDS = Object.keys(EDITION_FIELD_RULES) as EditionSettingField[];

/** What keeps a setting as it is: the seal, or a phase past the last one in which it may change. */
export type FieldLockCause = { kind: "sealed" } | { kind: "phase"; phase: Phase; lastPhase: Phase };

/** Why a setting cannot change now, as facts a page words in its language; null when it can. */
export function getFieldLockCause(field: EditionSettingField, state: EditionEditState): FieldLockCause | null {
  const rule: FieldRule = EDITION_FIELD_RULES[field];
  if (rule.isLockedWhenFrozen && state.isFrozen) return { kind: "sealed" };
  if (rule.lastPhase !== "always" && state.phase !== rule.lastPhase && isPhaseReached(state.phase, rule.lastPhase)) {
    return { kind: "phase", phase: state.phase, lastPhase: rule.lastPhase };
  }
  return null;
}

/** Why a setting cannot change now, or null when it can. */
export function getFieldLock(field: EditionSettingField, state: EditionEditState): string | null {
  const rule: FieldRule = EDITION_FIELD_RULES[field];
  if (rule.isLockedWhenFrozen && state.isFrozen) return `The result is sealed: ${rule.label} can no longer change.`;
  if (rule.lastPhase !== "always" && state.phase !== rule.lastPhase && isPhaseReached(state.phase, rule.lastPhase)) {
    return `The edition is in its ${PHASE_LABELS[state.phase]} phase: ${rule.label} can change only until ${PHASE_LABELS[rule.lastPhase]}.`;
  }
  return null;
}

/** The settings that may change now. */
export function listEditableFields(state: EditionEditState): EditionSettingField[] {
  return EDITION_SETTING_FIELDS.filter((field) => getFieldLock(field, state) === null);
}

const isSame = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

/** The changed settings that may not change now, each with its reason. */
export function findLockedChanges(
  before: Partial<Record<EditionSettingField, unknown>>,
  after: Partial<Record<EditionSettingField, unknown>>,
  state: EditionEditState,
): { field: EditionSettingField; reason: string }[] {
  return EDITION_SETTING_FIELDS.flatMap((field) => {
    if (!(field in after) || isSame(before[field], after[field])) return [];
    const reason = getFieldLock(field, state);
    return reason ? [{ field, reason }] : [];
  });
}

