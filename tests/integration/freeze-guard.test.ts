import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { awards, criteria, editions, frozenResults, memberships, nominations, tieDecisions, type Edition } from "@/db/schema";
import { advanceEditionPhase } from "@/lib/editions/advance-phase";
import { isFrozenResultError } from "@/lib/errors";
import { setEmbargo } from "@/lib/results/publication";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

/** The error a write fails with, or null when it succeeds. */
async function errorOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}

/** Each change of an edition's ranking settings the freeze must refuse, as a value to set (all differ from the defaults). */
const RANKING_SETTING_CHANGES: Record<string, (edition: Edition) => Partial<typeof editions.$inferInsert>> = {
  isNormalised: () => ({ isNormalised: true }),
  tieBreakChain: () => ({ tieBreakChain: ["criterion:2"] }),
  awardedPlaces: () => ({ awardedPlaces: 2 }),
  maxVotingJurors: () => ({ maxVotingJurors: 5 }),
  juryStatement: () => ({ juryStatement: "A new statement." }),
  theme: () => ({ theme: "Another theme" }),
  presidencyCountryCode: () => ({ presidencyCountryCode: "FR" }),
  // The factory's years start at 2100, so a century earlier is free.
  year: (edition) => ({ year: edition.year - 100 }),
};

describeEachEngine("the database refuses changes to a frozen result", (t) => {
  /** An edition in deliberation with its winner awarded, frozen unless told otherwise (the seal is written directly). */
  async function setUpEdition({ isFrozen = true }: { isFrozen?: boolean } = {}) {
    const edition = await createEdition(t.db, { phase: "deliberation", juryClosedAt: new Date() });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    await t.db.insert(awards).values({ editionId: edition.id, rank: 1, nominationId: nomination.id });
    if (isFrozen) await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "x" });
    const [criterion] = await t.db.select().from(criteria).where(eq(criteria.editionId, edition.id)).limit(1);
    return { edition, nomination, criterion: criterion! };
  }

  it("refuses to change awards after the freeze and allows it again after unfreezing", async () => {
    const { edition } = await setUpEdition();
    const error = await errorOf(t.db.update(awards).set({ juryReason: "changed" }).where(eq(awards.editionId, edition.id)));
    expect(isFrozenResultError(error)).toBe(true);

    await t.db.delete(frozenResults).where(eq(frozenResults.editionId, edition.id));
    await t.db.update(awards).set({ juryReason: "changed" }).where(eq(awards.editionId, edition.id));
    const [row] = await t.db.select({ juryReason: awards.juryReason }).from(awards).where(eq(awards.editionId, edition.id));
    expect(row?.juryReason).toBe("changed");
  });

  describe("the rubric's criteria", () => {
    const changes = {
      insert: (editionId: number) => t.db.insert(criteria).values({ editionId, position: 6, title: "Criterion 6" }),
      "update of a weight": (editionId: number, id: number) => t.db.update(criteria).set({ weight: 2 }).where(eq(criteria.id, id)),
      "update of a scale": (editionId: number, id: number) => t.db.update(criteria).set({ scaleMax: 5 }).where(eq(criteria.id, id)),
      "update of a title": (editionId: number, id: number) => t.db.update(criteria).set({ title: "Renamed" }).where(eq(criteria.id, id)),
      delete: (editionId: number, id: number) => t.db.delete(criteria).where(eq(criteria.id, id)),
    };

    for (const [name, change] of Object.entries(changes)) {
      it(`refuses the ${name} of a frozen edition's criterion, and allows it when not frozen`, async () => {
        const frozen = await setUpEdition();
        expect(isFrozenResultError(await errorOf(change(frozen.edition.id, frozen.criterion.id)))).toBe(true);
        const open = await setUpEdition({ isFrozen: false });
        expect(await errorOf(change(open.edition.id, open.criterion.id))).toBeNull();
      });
    }
  });

  describe("the edition's ranking settings", () => {
    for (const [name, change] of Object.entries(RANKING_SETTING_CHANGES)) {
      it(`refuses a change of ${name} on a frozen edition, and allows it when not frozen`, async () => {
        const frozen = await setUpEdition();
        const error = await errorOf(t.db.update(editions).set(change(frozen.edition)).where(eq(editions.id, frozen.edition.id)));
        expect(isFrozenResultError(error)).toBe(true);
        const open = await setUpEdition({ isFrozen: false });
        expect(await errorOf(t.db.update(editions).set(change(open.edition)).where(eq(editions.id, open.edition.id)))).toBeNull();
      });
    }

    it("lets a frozen edition's settings be written unchanged, and its other columns change", async () => {
      const { edition } = await setUpEdition();
      await t.db
        .update(editions)
        .set({ isNormalised: edition.isNormalised, tieBreakChain: edition.tieBreakChain, awardedPlaces: edition.awardedPlaces })
        .where(eq(editions.id, edition.id));
      await t.db
        .update(editions)
        .set({ ceremonyPlace: "Rome", juryDeadline: sql`${editions.juryDeadline} + interval '1 day'`, version: sql`${editions.version} + 1` })
        .where(eq(editions.id, edition.id));
      const [row] = await t.db.select({ ceremonyPlace: editions.ceremonyPlace }).from(editions).where(eq(editions.id, edition.id));
      expect(row?.ceremonyPlace).toBe("Rome");
    });

    it("refuses to delete a frozen edition", async () => {
      const { edition } = await setUpEdition();
      const error = await errorOf(t.db.execute(sql`delete from editions where id = ${edition.id}`));
      expect(isFrozenResultError(error)).toBe(true);
    });
  });

  it("refuses to move a tie decision out of a frozen edition", async () => {
    const { edition, nomination } = await setUpEdition({ isFrozen: false });
    const [decision] = await t.db
      .insert(tieDecisions)
      .values({ editionId: edition.id, orderedNominationIds: [nomination.id], reason: "The chair decided." })
      .returning({ id: tieDecisions.id });
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "x" });
    const other = await createEdition(t.db, { phase: "deliberation" });
    const error = await errorOf(t.db.update(tieDecisions).set({ editionId: other.id }).where(eq(tieDecisions.id, decision!.id)));
    expect(isFrozenResultError(error)).toBe(true);
  });

  it("refuses to change whether a juror of a frozen edition votes, or their country, but lets the chair change", async () => {
    const { edition } = await setUpEdition();
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "IT", editionId: edition.id }]);
    const jurorRow = and(eq(memberships.userId, juror.id), eq(memberships.editionId, edition.id));
    expect(isFrozenResultError(await errorOf(t.db.update(memberships).set({ isVoting: false }).where(jurorRow)))).toBe(true);
    expect(isFrozenResultError(await errorOf(t.db.update(memberships).set({ countryCode: "DK" }).where(jurorRow)))).toBe(true);
    await t.db.update(memberships).set({ isChair: true }).where(jurorRow);

    const open = await setUpEdition({ isFrozen: false });
    const openJuror = await createUser(t.db, [{ role: "juror", countryCode: "IT", editionId: open.edition.id }]);
    await t.db.update(memberships).set({ isVoting: false }).where(and(eq(memberships.userId, openJuror.id), eq(memberships.editionId, open.edition.id)));
  });

  it("still schedules and publishes a frozen edition, which settles its nominations", async () => {
    const { edition, nomination } = await setUpEdition();
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const scheduled = await setEmbargo({ db: t.db, actor: admin, editionId: edition.id, embargoAt: new Date(Date.now() + 3600_000), version: edition.version });
    const published = await advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "deliberation", to: "published", version: scheduled.version });
    expect(published.phase).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    const [row] = await t.db.select({ state: nominations.state }).from(nominations).where(eq(nominations.id, nomination.id));
    expect(row?.state).toBe("awarded");
  });
});
