import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedSpecEdition } from "./support/edition";

/**
 * editions.spec.ts: a published edition with fixed dates in Brussels time (a 23:59 summer-time deadline, a
 * winter-time jury deadline), which the secretariat copies to the next year; that year has no edition.
 */
export default async function seedEditions(db: Database) {
  await seedSpecEdition(db, {
    year: SPEC_YEARS.editions,
    phase: "published",
    theme: "Editions end-to-end theme",
    description: "The edition the secretariat copies to the next year.",
    timeZone: "Europe/Brussels",
    nationalCallOpensOn: `${SPEC_YEARS.editions}-03-01`,
    nationalCallClosesOn: `${SPEC_YEARS.editions}-06-30`,
    submissionDeadline: new Date(`${SPEC_YEARS.editions}-09-30T21:59:00Z`),
    eligibilityDeadline: new Date(`${SPEC_YEARS.editions}-10-15T15:00:00Z`),
    juryDeadline: new Date(`${SPEC_YEARS.editions}-11-10T16:00:00Z`),
    juryMeetingOn: `${SPEC_YEARS.editions}-11-20`,
    ceremonyStartsOn: `${SPEC_YEARS.editions}-12-03`,
    ceremonyEndsOn: `${SPEC_YEARS.editions}-12-04`,
    juryClosedAt: new Date(`${SPEC_YEARS.editions}-11-11T09:00:00Z`),
    publishedAt: new Date(`${SPEC_YEARS.editions}-12-04T18:00:00Z`),
  });
}
