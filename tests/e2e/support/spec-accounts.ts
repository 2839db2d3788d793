/**
 * The accounts each spec owns, created by its seed (tests/e2e/seed) with one known password, so no two specs share a
 * coordinator's or juror's state. Plain data: the seeds import it too, outside the Playwright runner.
 */
export const SPEC_PASSWORD = "e2e-password-only-for-local-tests";

export const SPEC_ACCOUNTS = {
  authCoordinator: { email: "auth.coordinator@e2e.test", name: "Auth Coordinator (Belgium)" },
  authJuror: { email: "auth.juror@e2e.test", name: "Auth Juror (Germany)" },
  authThrottled: { email: "auth.throttled@e2e.test", name: "Auth Throttled Coordinator (Belgium)" },
  annexesCoordinatorNl: { email: "annexes.coordinator.nl@e2e.test", name: "Annexes Coordinator (Netherlands)" },
  annexesCoordinatorBe: { email: "annexes.coordinator.be@e2e.test", name: "Annexes Coordinator (Belgium)" },
  autosaveCoordinator: { email: "autosave.coordinator@e2e.test", name: "Autosave Coordinator (Belgium)" },
  deliberationChair: { email: "deliberation.chair@e2e.test", name: "Deliberation Chair (France)" },
  deliberationJuror: { email: "deliberation.juror@e2e.test", name: "Deliberation Juror (Germany)" },
  juryChair: { email: "jury.chair@e2e.test", name: "Jury Chair (France)" },
  progressChair: { email: "progress.chair@e2e.test", name: "Progress Chair (France)" },
  progressJuror: { email: "progress.juror@e2e.test", name: "Progress Juror (Germany)" },
  sealChair: { email: "seal.chair@e2e.test", name: "Seal Chair (Italy)" },
  sealJuror: { email: "seal.juror@e2e.test", name: "Seal Juror (Greece)" },
  ceremonyChair: { email: "ceremony.chair@e2e.test", name: "Ceremony Chair (Italy)" },
  ceremonyJuror: { email: "ceremony.juror@e2e.test", name: "Ceremony Juror (Greece)" },
  rubricChair: { email: "rubric.chair@e2e.test", name: "Rubric Chair (Spain)" },
} as const;

export type SpecAccount = keyof typeof SPEC_ACCOUNTS;

/** The accounts a spec opens with a saved signed-in state; auth.setup.ts signs each in once. */
export const SIGNED_IN_SPEC_ACCOUNTS: readonly SpecAccount[] = [
  "annexesCoordinatorBe",
  "autosaveCoordinator",
  "deliberationChair",
  "deliberationJuror",
  "juryChair",
];

/** The email and password of a spec's own account, for the sign-in form. */
export function getSpecCredentials(account: SpecAccount) {
  return { email: SPEC_ACCOUNTS[account].email, password: SPEC_PASSWORD };
}

/** The years the specs' seeds use (2031–2040): one edition per spec that writes. */
export const SPEC_YEARS = {
  annexes: 2031,
  autosave: 2032,
  deliberation: 2033,
  jury: 2034,
  juryProgress: 2035,
  rubric: 2036,
  resultSeal: 2037,
  ceremony: 2038,
  messages: 2047,
} as const;
