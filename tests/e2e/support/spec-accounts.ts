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
  screenChair: { email: "screen.chair@e2e.test", name: "Screen Chair (Italy)" },
  screenJuror: { email: "screen.juror@e2e.test", name: "Screen Juror (Greece)" },
  rubricChair: { email: "rubric.chair@e2e.test", name: "Rubric Chair (Spain)" },
  deskCoordinatorNl: { email: "desk.coordinator.nl@e2e.test", name: "Desk Coordinator (Netherlands)" },
  deskJurorAssigned: { email: "desk.juror.assigned@e2e.test", name: "Desk Juror (Germany)" },
  deskJurorUnassigned: { email: "desk.juror.unassigned@e2e.test", name: "Desk Juror Unassigned (Italy)" },
  peopleResetCoordinator: { email: "people.reset@e2e.test", name: "People Reset Coordinator (Estonia)" },
  peopleJurorCoordinator: { email: "people.two.roles@e2e.test", name: "People Two Roles (Latvia)" },
  peopleDisabled: { email: "people.disabled@e2e.test", name: "People Disabled Coordinator (Lithuania)" },
  verifyChair: { email: "verify.chair@e2e.test", name: "Verify Chair (Italy)" },
  verifyJuror: { email: "verify.juror@e2e.test", name: "Verify Juror (Greece)" },
  auditErasable: { email: "audit.erasable@e2e.test", name: "Audit Erasable Coordinator (Belgium)" },
  sheetPhoneJuror: { email: "sheet.phone.juror@e2e.test", name: "Sheet Phone Juror (Germany)" },
  i18nCoordinator: { email: "i18n.coordinator@e2e.test", name: "Language Coordinator (Belgium)" },
  i18nJuror: { email: "i18n.juror@e2e.test", name: "Language Juror (France)" },
  i18nJuryJuror: { email: "i18n.jury.juror@e2e.test", name: "French Scoring Juror (France)" },
  i18nJuryChair: { email: "i18n.jury.chair@e2e.test", name: "French Jury Chair (France)" },
  i18nJuryMember: { email: "i18n.jury.member@e2e.test", name: "French Deliberation Juror (Germany)" },
  i18nEditionsAdmin: { email: "i18n.editions.admin@e2e.test", name: "Language Secretariat" },
  i18nEditionsJuror: { email: "i18n.editions.juror@e2e.test", name: "Language Edition Juror (France)" },
  i18nResultsAdmin: { email: "i18n.results.admin@e2e.test", name: "Secrétariat francophone" },
  i18nResultsChair: { email: "i18n.results.chair@e2e.test", name: "Language Results Chair (Italy)" },
  i18nResultsJuror: { email: "i18n.results.juror@e2e.test", name: "Language Results Juror (Greece)" },
  i18nCoordinatorFr: { email: "i18n.coordinator.fr@e2e.test", name: "French Coordinator (Belgium, Luxembourg)" },
  i18nAdmin: { email: "i18n.admin@e2e.test", name: "Language Secretariat" },
} as const;

export type SpecAccount = keyof typeof SPEC_ACCOUNTS;

/** The accounts a spec opens with a saved signed-in state; auth.setup.ts signs each in once. */
export const SIGNED_IN_SPEC_ACCOUNTS: readonly SpecAccount[] = [
  "annexesCoordinatorBe",
  "autosaveCoordinator",
  "deliberationChair",
  "deliberationJuror",
  "juryChair",
  "deskJurorAssigned",
  "deskJurorUnassigned",
];

/** The email and password of a spec's own account, for the sign-in form. */
export function getSpecCredentials(account: SpecAccount) {
  return { email: SPEC_ACCOUNTS[account].email, password: SPEC_PASSWORD };
}

/** The years the specs' seeds use (2031–2040, and 2046 for the reading desk): one edition per spec that writes. */
export const SPEC_YEARS = {
  annexes: 2031,
  autosave: 2032,
  // A past edition of the autosave coordinator's, closed with no dossier from them.
  autosaveClosed: 2058,
  deliberation: 2033,
  jury: 2034,
  juryProgress: 2035,
  rubric: 2036,
  resultSeal: 2037,
  ceremony: 2038,
  ceremonyScreen: 2057,
  readingDesk: 2046,
  people: 2044,
  audit: 2048,
  adminHome: 2049,
  // editions.spec.ts copies its edition to the next year, which must not exist before.
  editions: 2042,
  editionsCopy: 2043,
  messages: 2047,
  verify: 2050,
  scoreSheetPhone: 2059,
  // practices.spec.ts: a published edition's good practices, and an embargoed edition whose entries must stay hidden.
  practices: 2066,
  practicesEmbargoed: 2067,
  // i18n.spec.ts: an open call for its coordinator, and a jury in scoring for its juror.
  languages: 2068,
  languagesJury: 2069,
  // i18n-jury.spec.ts: a jury in scoring for its juror, and one in deliberation (the same year a century on) for its chair.
  i18nJuryScoring: 2071,
  i18nJuryDeliberation: 2171,
  // i18n-editions.spec.ts: an edition in jury scoring, read by its own secretariat account in French.
  i18nEditions: 2072,
  // i18n-results.spec.ts: a ceremony rehearsal in deliberation, and a published, sealed edition.
  resultsLanguages: 2074,
  resultsLanguagesPublished: 2075,
  // i18n-coordinator.spec.ts: an open call whose answers have a small word limit, for the coordinator's side in French.
  languagesCoordinator: 2070,
  // i18n-admin.spec.ts: the secretariat's pages in French, with an edition whose message has a French version.
  i18nAdmin: 2073,
} as const;
