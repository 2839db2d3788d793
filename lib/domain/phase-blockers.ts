/**
 * What stands in the way of an edition's next phase, said before the click. Pure: the data layer gathers the
 * facts (lib/editions/phase-readiness.ts). Blockers are what the move will refuse (the same rules as canAdvance,
 * and the seal the publication needs); cautions are what the move allows but the secretariat should know first.
 */
import { text, type ServerText } from "../i18n/server-text";
import { canAdvance, getNextPhase, type Phase, type PhaseContext } from "./phases";

export interface PhaseReadiness extends PhaseContext {
  /** Submitted (or later) competing dossiers. */
  submittedCompetingCount: number;
  /** Competing dossiers accepted for scoring. */
  acceptedCompetingCount: number;
  /** Active voting jurors of the edition. */
  votingJurorCount: number;
  /** Score sheets assigned but not submitted, among non-excluded ones. */
  openSheetCount: number;
  /** Whether the result is sealed; publishing needs it. */
  isFrozen: boolean;
}

export interface PhaseBlockers {
  next: Phase | null;
  blockers: ServerText[];
  cautions: ServerText[];
}

/** The next phase, what refuses the move to it now, and what to check before making it. */
export function listPhaseBlockers(phase: Phase, facts: PhaseReadiness): PhaseBlockers {
  const next = getNextPhase(phase);
  if (!next) return { next, blockers: [], cautions: [] };
  const check = canAdvance(phase, next, facts);
  const blockers = check.isAllowed ? [] : [check.reason];
  const cautions: ServerText[] = check.isAllowed && check.warning ? [text(check.warning)] : [];
  switch (phase) {
    case "draft":
      if (facts.isSubmissionDeadlinePassed) cautions.push(text("The submission deadline has already passed: change it in the settings first."));
      break;
    case "nominations_open":
      if (facts.submittedCompetingCount === 0) cautions.push(text("No country has submitted a competing dossier yet."));
      break;
    case "eligibility":
      if (facts.votingJurorCount === 0) cautions.push(text("The jury has no voting juror yet: nobody will score."));
      if (facts.acceptedCompetingCount === 0) cautions.push(text("No dossier is accepted: there is nothing to score."));
      break;
    case "jury_scoring":
      if (facts.openSheetCount > 0) {
        cautions.push(
          facts.openSheetCount === 1
            ? text("1 assigned score sheet is not submitted yet.")
            : text("{count} assigned score sheets are not submitted yet.", { count: facts.openSheetCount }),
        );
      }
      break;
    case "deliberation":
      if (!facts.isFrozen) {
        blockers.push(text("The result is not sealed: seal it on the result page, so the public record has its fingerprint."));
      }
      break;
  }
  return { next, blockers, cautions };
}
