import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { awards, criteria, editions, nominations, prizes, scoreSheets, scores, type EditionPhase } from "@/db/schema";
import { getOpenCall, getPublishedResults, listPublicEditions, listPublishedEditions } from "@/lib/results/public-queries";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const PHASES_BEFORE_PUBLISHED: EditionPhase[] = ["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation"];
const SECRET_COMMENT = "secret-juror-comment-never-public";

/** An edition in the given phase with a full result recorded (awards, prizes, a scored sheet), as deliberation leaves it. */
async function createEditionWithResult(db: Database, phase: EditionPhase) {
  const edition = await createEdition(db, { phase, ceremonyEndsOn: null, ceremonyPlace: "Rome" });
  const make = (countryCode: string, state: Parameters<typeof createNomination>[1]["state"], title: string) =>
    createNomination(db, { editionId: edition.id, countryCode, state, title });
  const denmark = await make("DK", "awarded", "HopeNow – Empowering trafficked people");
  const france = await make("FR", "awarded", "Ac.Sé");
  const romania = await make("RO", "awarded", "NO");
  await make("SE", "participant", "Swedish participant");
  await make("AT", "accepted", "Austrian accepted entry");
  await make("DE", "draft", "German draft");
  await make("CZ", "submitted", "Czech submitted only");
  const rejected = await make("PL", "submitted", "Polish rejected");
  await db.update(nominations).set({ state: "rejected", eligibilityReason: "off_theme" }).where(eq(nominations.id, rejected.id));
  await createNomination(db, { editionId: edition.id, countryCode: "DK", kind: "additional", state: "accepted", title: "Danish additional" });
  await db.update(nominations).set({ description: "Detection in the streets, legal aid, therapy." }).where(eq(nominations.id, denmark.id));

  await db.insert(prizes).values([
    { editionId: edition.id, rank: 1, description: "EUR 10,000, a certificate and a trophy" },
    { editionId: edition.id, rank: 2, description: "EUR 5,000 and a certificate" },
    { editionId: edition.id, rank: 3, description: "EUR 5,000 and a certificate" },
  ]);
  // Inserted out of rank order so that ordering by insertion would show.
  await db.insert(awards).values([
    { editionId: edition.id, rank: 3, nominationId: romania.id, juryReason: "A campaign that reached teenagers." },
    { editionId: edition.id, rank: 1, nominationId: denmark.id, juryReason: "Holistic, human-rights-based support." },
    { editionId: edition.id, rank: 2, nominationId: france.id, prize: "EUR 6,000 (special)", juryReason: "A safe network." },
  ]);

  const juror = await createUser(db, [{ role: "juror", countryCode: "IT", editionId: edition.id }]);
  const [criterion] = await db.select().from(criteria).where(eq(criteria.editionId, edition.id)).limit(1);
  const [sheet] = await db
    .insert(scoreSheets)
    .values({ editionId: edition.id, nominationId: denmark.id, jurorUserId: juror.id, state: "submitted", submittedAt: new Date(), overallComment: SECRET_COMMENT })
    .returning({ id: scoreSheets.id });
  await db.insert(scores).values({ sheetId: sheet!.id, criterionId: criterion!.id, scaleMin: 1, scaleMax: 10, value: 9, comment: SECRET_COMMENT });
  return edition;
}

describeEachEngine("public results", (t) => {
  it.each(PHASES_BEFORE_PUBLISHED)("hides the results of an edition in phase %s", async (phase) => {
    const edition = await createEditionWithResult(t.db, phase);
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    const published = await listPublishedEditions({ db: t.db });
    expect(published.map((e) => e.year)).not.toContain(edition.year);
    const listed = (await listPublicEditions({ db: t.db })).find((e) => e.year === edition.year);
    // A draft may still change, so it is not public; from the call for nominations on it is, without results.
    if (phase === "draft") expect(listed).toBeUndefined();
    else expect(listed).toEqual(expect.objectContaining({ phase, isPublished: false }));
    expect(JSON.stringify(listed ?? {})).not.toMatch(/HopeNow|award|winner/i);
  });

  it("returns nothing for a year without an edition", async () => {
    expect(await getPublishedResults({ db: t.db, year: 2199 })).toBeUndefined();
  });

  it("publishes awards in rank order with their prizes, and only the competing, eligible entries", async () => {
    const edition = await createEditionWithResult(t.db, "published");
    const results = await getPublishedResults({ db: t.db, year: edition.year });
    expect(results).toBeDefined();
    expect(results!.year).toBe(edition.year);
    expect(results!.presidency).toEqual({ code: "IT", name: "Italy" });
    expect(results!.ceremony).toEqual({ startsOn: `${edition.year}-12-04`, endsOn: null, place: "Rome" });
    expect(results!.awards.map((a) => [a.rank, a.country.code, a.prize])).toEqual([
      [1, "DK", "EUR 10,000, a certificate and a trophy"],
      [2, "FR", "EUR 6,000 (special)"],
      [3, "RO", "EUR 5,000 and a certificate"],
    ]);
    expect(results!.awards[0]).toMatchObject({
      title: "HopeNow – Empowering trafficked people",
      country: { code: "DK", name: "Denmark" },
      juryReason: "Holistic, human-rights-based support.",
      summary: "Detection in the streets, legal aid, therapy.",
    });
    expect(results!.entries.map((e) => e.title)).toEqual([
      "Austrian accepted entry",
      "HopeNow – Empowering trafficked people",
      "Ac.Sé",
      "NO",
      "Swedish participant",
    ]);
  });

  it("carries no score, juror or private dossier field in the published results", async () => {
    const edition = await createEditionWithResult(t.db, "published");
    const results = (await getPublishedResults({ db: t.db, year: edition.year }))!;
    expect(Object.keys(results).sort()).toEqual(["awards", "ceremony", "entries", "juryStatement", "presidency", "publishedAt", "seal", "theme", "year"]);
    // Never sealed here; a sealed year carries only the two fingerprints (published-seal.test.ts).
    expect(results.seal).toBeNull();
    for (const award of results.awards) {
      expect(Object.keys(award).sort()).toEqual(["country", "id", "juryReason", "prize", "rank", "summary", "title"]);
    }
    for (const entry of results.entries) expect(Object.keys(entry).sort()).toEqual(["country", "id", "summary", "title"]);
    const text = JSON.stringify(results);
    expect(text).not.toContain(SECRET_COMMENT);
    expect(text).not.toMatch(/score|juror|contact|organisation|@test\.invalid/i);
  });

  it("publishes the jury's statement with the results, and only then", async () => {
    const edition = await createEditionWithResult(t.db, "deliberation");
    await t.db.update(editions).set({ juryStatement: "Statement-of-the-jury-J5" }).where(eq(editions.id, edition.id));
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    await t.db.update(editions).set({ phase: "published", publishedAt: new Date() }).where(eq(editions.id, edition.id));
    expect((await getPublishedResults({ db: t.db, year: edition.year }))?.juryStatement).toBe("Statement-of-the-jury-J5");
  });

  it("lists published editions newest first with their winner and runners-up", async () => {
    const older = await createEditionWithResult(t.db, "published");
    const newer = await createEdition(t.db, { phase: "published" });
    const listed = (await listPublishedEditions({ db: t.db })).filter((e) => e.year === older.year || e.year === newer.year);
    expect(listed.map((e) => e.year)).toEqual([newer.year, older.year]);
    expect(listed[1]!.winner).toEqual({ id: expect.any(String), country: { code: "DK", name: "Denmark" }, title: "HopeNow – Empowering trafficked people" });
    expect(listed[1]!.runnersUp.map((award) => [award.rank, award.country.code, award.title])).toEqual([
      [2, "FR", "Ac.Sé"],
      [3, "RO", "NO"],
    ]);
    expect(listed[0]!.runnersUp).toEqual([]);
    expect(listed[0]!.winner).toBeNull();
    const years = (await listPublicEditions({ db: t.db })).map((e) => e.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect((await listPublicEditions({ db: t.db })).find((e) => e.year === older.year)?.isPublished).toBe(true);
  });

  it("shows the open call and whether its deadline has passed by the database clock", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open", year: 2190, theme: "Open call theme" });
    const call = await getOpenCall({ db: t.db });
    expect(call).toMatchObject({ year: 2190, theme: "Open call theme", presidency: { code: "IT", name: "Italy" }, isDeadlinePassed: false });
    expect(call!.submissionDeadline).toBeInstanceOf(Date);
    await t.db.update(editions).set({ submissionDeadline: new Date(Date.now() - 3600_000) }).where(eq(editions.id, edition.id));
    expect((await getOpenCall({ db: t.db }))?.isDeadlinePassed).toBe(true);
  });
});
