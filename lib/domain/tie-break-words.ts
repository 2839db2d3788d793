/**
 * The tie-break chain in words, for the forms and pages where the secretariat declares and reads it: the stored
 * tokens ("median", "criterion:1", "top_marks") never reach a person. Pure: no database, no framework.
 */
import { text, type ServerText } from "../i18n/server-text";

/** The longest chain the form offers; what it leaves tied, the chair decides. */
export const MAX_TIE_BREAK_STEPS = 3;

export interface TieBreakOption {
  /** The stored token. */
  value: string;
  /** What a person reads, e.g. "the score on criterion 2 (Innovative)". */
  label: string;
}

/** One step in words: "median", "the score on criterion 1", "the number of top marks". */
export function describeTieBreakStepInWords(token: string): string {
  if (token === "median") return "median";
  if (token === "top_marks") return "the number of top marks";
  const criterion = /^criterion:(\d+)$/.exec(token);
  return criterion ? `the score on criterion ${criterion[1]}` : "a step this award no longer knows";
}

/** The whole chain in one phrase: "median, then the score on criterion 1, then the number of top marks". */
export function describeTieBreakChain(chain: readonly string[]): string {
  if (chain.length === 0) return "no declared tie-break: the jury chair decides every tie";
  return chain.map(describeTieBreakStepInWords).join(", then ");
}

/** The steps the form offers for a rubric of this many criteria, each criterion with its title when given. */
export function listTieBreakOptions(criterionTitles: readonly string[]): TieBreakOption[] {
  return [
    { value: "median", label: "median" },
    ...criterionTitles.map((title, index) => ({
      value: `criterion:${index + 1}`,
      label: `the score on criterion ${index + 1}${title ? ` (${title})` : ""}`,
    })),
    { value: "top_marks", label: "the number of top marks" },
  ];
}

/** The error on a step already in the chain, one template per kind of step so each translates whole. */
function describeRepeatedStep(token: string): ServerText {
  if (token === "median") return text("This step is already in the chain: median.");
  if (token === "top_marks") return text("This step is already in the chain: the number of top marks.");
  const criterion = /^criterion:(\d+)$/.exec(token);
  return criterion
    ? text("This step is already in the chain: the score on criterion {n}.", { n: criterion[1]! })
    : text("This step is already in the chain.");
}

/**
 * The chain from the form's steps in order: blanks end it; a repeated step or a step after a blank is an error
 * on that step's field (index from 0), so the form can show it there.
 */
export function readTieBreakSteps(steps: readonly string[]): { chain: string[]; errors: Map<number, ServerText> } {
  const chain: string[] = [];
  const errors = new Map<number, ServerText>();
  let hasEnded = false;
  steps.forEach((step, index) => {
    if (step === "") {
      hasEnded = true;
      return;
    }
    if (hasEnded) errors.set(index, text("Choose the steps in order: this one follows an empty step."));
    else if (chain.includes(step)) errors.set(index, describeRepeatedStep(step));
    else chain.push(step);
  });
  return { chain, errors };
}
