import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { awards, countries, editions, frozenResults, nominations } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg, text } from "../i18n/server-text";
import type { CertificateData } from "../pdf/certificate";
import { getPartFingerprints } from "./seal-parts";
import { getVerifyPath } from "./verify-links";

export const CERTIFICATE_NEEDS_FREEZE_MESSAGE = msg(
  "Certificates are printed from the sealed result: freeze the result first, so no certificate names a place that could still change.",
);

/**
 * What the certificate of one awarded place shows, for the secretariat, once the result is frozen (the awards can
 * then no longer change, and the certificate carries the seal's fingerprints and a QR code of the verify page, at
 * `siteUrl`). Not found when nobody holds the place.
 */
export async function getCertificateData({
  db,
  viewer,
  editionId,
  rank,
  siteUrl,
}: {
  db: Executor;
  viewer: SessionUser;
  editionId: number;
  rank: number;
  /** The site's public address, e.g. https://awards.example.org. */
  siteUrl: string;
}): Promise<CertificateData> {
  const [edition] = await db
    .select({
      id: editions.id,
      phase: editions.phase,
      year: editions.year,
      theme: editions.theme,
      ceremonyStartsOn: editions.ceremonyStartsOn,
      ceremonyEndsOn: editions.ceremonyEndsOn,
      ceremonyPlace: editions.ceremonyPlace,
      fingerprint: frozenResults.fingerprint,
      snapshot: frozenResults.snapshot,
      publicFingerprint: frozenResults.publicFingerprint,
      privateFingerprint: frozenResults.privateFingerprint,
    })
    .from(editions)
    .leftJoin(frozenResults, eq(frozenResults.editionId, editions.id))
    .where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(viewer, "edition.manage", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can download certificates.");

  const [award] = await db
    .select({ title: nominations.title, organisation: nominations.organisation, countryName: countries.name })
    .from(awards)
    .innerJoin(nominations, eq(nominations.id, awards.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(and(eq(awards.editionId, editionId), eq(awards.rank, rank)));
  if (!award) throw new AppError("NOT_FOUND", text("No project holds place {rank} in {year}.", { rank, year: edition.year }));
  if (!edition.fingerprint) throw new AppError("CONFLICT", CERTIFICATE_NEEDS_FREEZE_MESSAGE);

  return {
    year: edition.year,
    theme: edition.theme,
    rank,
    title: award.title,
    countryName: award.countryName,
    organisation: award.organisation,
    ceremonyStartsOn: edition.ceremonyStartsOn,
    ceremonyEndsOn: edition.ceremonyEndsOn,
    ceremonyPlace: edition.ceremonyPlace,
    fingerprint: edition.fingerprint,
    publicFingerprint: getPartFingerprints(edition).publicFingerprint,
    verifyUrl: new URL(getVerifyPath(edition.year), siteUrl).toString(),
  };
}
