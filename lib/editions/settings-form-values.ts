import { DEFAULT_TIME_ZONE, formatLocalDateTime } from "../domain/edition-time";
import { getFieldLockCause, EDITION_SETTING_FIELDS, type EditionSettingField, type FieldLockCause } from "../domain/edition-edit-rules";
import type { Phase } from "../domain/phases";
import type { EditionSettingsFormValues } from "../validation/edition";
import type { EditionSettingsRow } from "./settings-queries";

type SettingsWithPrizes = EditionSettingsRow & { prizes: readonly { rank: number; description: string }[] };

/** The settings form's values for an edition: moments as wall-clock times in its zone, numbers as text. */
export function toEditionFormValues(edition: SettingsWithPrizes): EditionSettingsFormValues {
  const zone = edition.timeZone;
  const chain = [...edition.tieBreakChain, "", "", ""];
  const prizes = Array.from({ length: edition.awardedPlaces }, (_, i) => edition.prizes.find((p) => p.rank === i + 1)?.description ?? "");
  return {
    theme: edition.theme,
    description: edition.description,
    presidencyCountryCode: edition.presidencyCountryCode,
    timeZone: zone,
    nationalCallOpensOn: edition.nationalCallOpensOn ?? "",
    nationalCallClosesOn: edition.nationalCallClosesOn ?? "",
    submissionDeadline: formatLocalDateTime(edition.submissionDeadline, zone),
    gracePeriodMinutes: String(edition.gracePeriodMinutes),
    eligibilityDeadline: edition.eligibilityDeadline ? formatLocalDateTime(edition.eligibilityDeadline, zone) : "",
    juryDeadline: formatLocalDateTime(edition.juryDeadline, zone),
    juryMeetingOn: edition.juryMeetingOn ?? "",
    ceremonyStartsOn: edition.ceremonyStartsOn,
    ceremonyEndsOn: edition.ceremonyEndsOn ?? "",
    ceremonyPlace: edition.ceremonyPlace,
    descriptionWordLimit: String(edition.descriptionWordLimit),
    answerWordLimit: String(edition.answerWordLimit),
    awardedPlaces: String(edition.awardedPlaces),
    prizes,
    maxVotingJurors: String(edition.maxVotingJurors),
    scoreVisibility: edition.scoreVisibility,
    isNormalised: edition.isNormalised,
    assignmentMode: edition.assignmentMode,
    jurorsPerDossier: edition.jurorsPerDossier === null ? "" : String(edition.jurorsPerDossier),
    contactRetentionMonths: String(edition.contactRetentionMonths),
    tieBreak1: chain[0]!,
    tieBreak2: chain[1]!,
    tieBreak3: chain[2]!,
  };
}

/** A new edition's starting values: the usual ECPA calendar of that year, in Brussels. */
export function getNewEditionFormValues(year: number): EditionSettingsFormValues & { year: string } {
  return {
    year: String(year),
    theme: "",
    description: "",
    presidencyCountryCode: "",
    timeZone: DEFAULT_TIME_ZONE,
    nationalCallOpensOn: `${year}-03-01`,
    nationalCallClosesOn: `${year}-06-30`,
    submissionDeadline: `${year}-09-30T23:59`,
    gracePeriodMinutes: "0",
    eligibilityDeadline: `${year}-10-15T17:00`,
    juryDeadline: `${year}-11-10T17:00`,
    juryMeetingOn: `${year}-11-20`,
    ceremonyStartsOn: `${year}-12-04`,
    ceremonyEndsOn: "",
    ceremonyPlace: "",
    descriptionWordLimit: "600",
    answerWordLimit: "500",
    awardedPlaces: "3",
    prizes: ["EUR 10,000, a certificate and a trophy", "EUR 5,000 and a certificate", "EUR 5,000 and a certificate"],
    maxVotingJurors: "8",
    scoreVisibility: "own_only",
    isNormalised: false,
    assignmentMode: "all",
    jurorsPerDossier: "",
    contactRetentionMonths: "24",
    tieBreak1: "median",
    tieBreak2: "criterion:1",
    tieBreak3: "top_marks",
  };
}

/** Each locked setting with its reason in the page's words, for the form to show it unchangeable. */
export function getFieldLocks(
  state: { phase: Phase; isFrozen: boolean },
  describe: (cause: FieldLockCause) => string,
): Partial<Record<EditionSettingField, string>> {
  const locks: Partial<Record<EditionSettingField, string>> = {};
  for (const field of EDITION_SETTING_FIELDS) {
    const cause = getFieldLockCause(field, state);
    if (cause) locks[field] = describe(cause);
  }
  return locks;
}
