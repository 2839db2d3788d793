import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { awards, editions, frozenResults } from "@/db/schema";
import { toCanonicalJson } from "@/lib/domain/canonical-json";
import { fingerprint } from "@/lib/domain/fingerprint";
import { splitSealedSnapshot } from "@/lib/domain/sealed-parts";
import { freezeResult, getResultSeal } from "@/lib/results/freeze";
import { getPublishedResults } from "@/lib/results/public-queries";
import { getPublishedSeal, getPublishedSnapshot } from "@/lib/results/seal-parts";
import { insertScoredSheet, setUpDeliberation } from "../fixtures/ranking";
import { describeEachEngine } from "../helpers/db";

/** Scores no mean or median of the edition can equal, so finding one in public text means a score leaked. */
const SCORES: Record<string, Record<string, number[]>> = {
  IT: { DK: [9, 8, 9, 7, 9], FR: [7, 6, 8, 6, 7], RO: [5, 4, 6, 5, 3] },
  GR: { DK: [8, 9, 7, 9, 8], FR: [8, 7, 6, 7, 8], RO: [4, 6, 5, 4, 6] },
  LV: { DK: [9, 9, 8, 8, 8], FR: [6, 8, 7, 7, 6], RO: [6, 5, 4, 6, 5] },
};

/** An edition scored by three jurors, awarded, sealed by the secretariat, then published (as at the ceremony). */
async function setUpPublishedSeal(db: Database, options: { isPublished?: boolean } = {}) {
  const setup = await setUpDeliberation(db, { chair: "IT", jurors: ["GR", "LV"], dossiers: ["DK", "FR", "RO"] });
  const { edition, admin, jurors, dossiers } = setup;
  for (const [jurorCountry, byDossier] of Object.entries(SCORES)) {
    for (const [dossierCountry, values] of Object.entries(byDossier)) {
      await insertScoredSheet(db, { editionId: edition.id, nominationId: dossiers[dossierCountry]!, jurorUserId: jurors[jurorCountry]!.id, values });
    }
  }
  await db.insert(awards).values(["DK", "FR", "RO"].map((country, index) => ({ editionId: edition.id, rank: index + 1, nominationId: dossiers[country]!, juryReason: `Reason for ${country}` })));
  const sealed = await freezeResult({ db, user: admin, editionId: edition.id });
  if (options.isPublished ?? true) await db.update(editions).set({ phase: "published", publishedAt: new Date() }).where(eq(editions.id, edition.id));
  const [stored] = await db.select({ snapshot: frozenResults.snapshot }).from(frozenResults).where(eq(frozenResults.editionId, edition.id));
  return { ...setup, sealed, snapshot: stored!.snapshot };
}

/** The canonical JSON of every individual score row and per-juror sheet of the seal: none may be in public text. */
function listPrivateTexts(snapshot: unknown): string[] {
  const { privatePart } = splitSealedSnapshot(snapshot);
  const rows = privatePart.scores as object[];
  const dossiers = (privatePart.ranking as { dossiers: { sheets: object[] }[] }).dossiers;
  return [...rows, ...dossiers.flatMap((d) => d.sheets), ...(privatePart.ranking as { jurors: object[] }).jurors].map((item) => toCanonicalJson(item));
}

describeEachEngine("the published seal", (t) => {
  it("publishes a public part that re-hashes, as text and as parsed JSON, to the fingerprint published with the results", async () => {
    const { edition, sealed } = await setUpPublishedSeal(t.db);
    const results = await getPublishedResults({ db: t.db, year: edition.year });
    expect(results!.seal).toEqual({ publicFingerprint: sealed.publicFingerprint, privateFingerprint: sealed.privateFingerprint, sealedAt: expect.any(Date) });

    const published = await getPublishedSnapshot({ db: t.db, year: edition.year });
    const text = toCanonicalJson(published!.publicPart);
    expect(createHash("sha256").update(text, "utf8").digest("hex")).toBe(results!.seal!.publicFingerprint);
    expect(fingerprint(JSON.parse(text))).toBe(results!.seal!.publicFingerprint);
    // The public part vouches for the private one and for the secretariat's seal.
    expect(published!.publicPart).toMatchObject({ privateFingerprint: sealed.privateFingerprint, sealFingerprint: sealed.fingerprint });
  });

  it("never lets the private part out: not in the results page's data, not in the public snapshot", async () => {
    const { edition, snapshot } = await setUpPublishedSeal(t.db);
    const privateTexts = listPrivateTexts(snapshot);
    expect(privateTexts.length).toBe(3 * 3 * 5 + 3 * 3 + 3);
    const publicTexts = [
      JSON.stringify(await getPublishedResults({ db: t.db, year: edition.year })),
      toCanonicalJson((await getPublishedSnapshot({ db: t.db, year: edition.year }))!.publicPart),
    ];
    for (const text of publicTexts) {
      for (const secret of privateTexts) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/"(scores|sheets|jurors|normalisedScore|value)":/);
    }
  });

  it("publishes nothing before the results are, and the secretariat sees both fingerprints from the freeze on", async () => {
    const { edition, admin, sealed } = await setUpPublishedSeal(t.db, { isPublished: false });
    expect(await getPublishedSeal({ db: t.db, year: edition.year })).toBeNull();
    expect(await getPublishedSnapshot({ db: t.db, year: edition.year })).toBeNull();
    expect(await getResultSeal({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({
      fingerprint: sealed.fingerprint,
      publicFingerprint: sealed.publicFingerprint,
      privateFingerprint: sealed.privateFingerprint,
    });
  });

  it("gives a seal made before the split the same fingerprints, computed from its snapshot", async () => {
    const { edition, admin, sealed } = await setUpPublishedSeal(t.db);
    await t.db.update(frozenResults).set({ publicFingerprint: null, privateFingerprint: null }).where(eq(frozenResults.editionId, edition.id));
    expect(await getPublishedSeal({ db: t.db, year: edition.year })).toMatchObject({ publicFingerprint: sealed.publicFingerprint, privateFingerprint: sealed.privateFingerprint });
    const published = await getPublishedSnapshot({ db: t.db, year: edition.year });
    expect(fingerprint(published!.publicPart)).toBe(sealed.publicFingerprint);
    expect(await getResultSeal({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({ publicFingerprint: sealed.publicFingerprint });
  });

  it("still publishes the sealed fingerprint when the stored snapshot was altered, so the check shows the change", async () => {
    const { edition, sealed, snapshot } = await setUpPublishedSeal(t.db);
    const altered = JSON.parse(JSON.stringify(snapshot).replace("Reason for DK", "Reason for XX")) as unknown;
    await t.db.update(frozenResults).set({ snapshot: altered }).where(eq(frozenResults.editionId, edition.id));
    const published = await getPublishedSnapshot({ db: t.db, year: edition.year });
    expect(published!.publicFingerprint).toBe(sealed.publicFingerprint);
    expect(fingerprint(published!.publicPart)).not.toBe(sealed.publicFingerprint);
  });
});
