import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, awards, ceremonies, editions, nominations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { getAudienceState, getPresenterState } from "@/lib/ceremony/queries";
import { moveCeremonyStep, restartRehearsal, saveNomineeOrder, startCeremony } from "@/lib/ceremony/control";
import { saveAwards } from "@/lib/results/awards";
import { unfreezeResult } from "@/lib/results/freeze";
import { getPublishedResults } from "@/lib/results/public-queries";
import type { CeremonyMode } from "@/lib/domain/ceremony";
import { PLACE_MARKERS, setUpCeremonyEdition } from "../fixtures/ceremony";
import { outcomeOf } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

/** Starts a show and moves it `count` steps forward, returning the show's version after the last move. */
async function runSteps(db: Database, actor: SessionUser, editionId: number, mode: CeremonyMode, count: number) {
  let { version } = await startCeremony({ db, actor, editionId, mode });
  for (let i = 0; i < count; i++) ({ version } = await moveCeremonyStep({ db, actor, editionId, mode, direction: "next", version }));
  return version;
}

async function getPhase(db: Database, editionId: number) {
  const [row] = await db.select({ phase: editions.phase, publishedAt: editions.publishedAt }).from(editions).where(eq(editions.id, editionId));
  return row!;
}

describeEachEngine("ceremony", (t) => {
  it("publishes the edition at the winner's reveal in the live show, not one step earlier", async () => {
    const { edition, admin, nominees } = await setUpCeremonyEdition(t.db, { isSealed: true });
    let { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    // Title → nominees → 3rd → 2nd: the results stay private all along.
    for (let step = 1; step <= 3; step++) {
      ({ version } = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version }));
      expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
      expect((await getPhase(t.db, edition.id)).phase).toBe("deliberation");
    }
    const reveal = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version });
    expect(reveal).toMatchObject({ stepIndex: 4, isPublished: true });

    const phase = await getPhase(t.db, edition.id);
    expect(phase.phase).toBe("published");
    expect(phase.publishedAt).toBeInstanceOf(Date);
    const results = await getPublishedResults({ db: t.db, year: edition.year });
    expect(results?.awards.map((a) => a.title)).toEqual([PLACE_MARKERS[1].title, PLACE_MARKERS[2].title, PLACE_MARKERS[3].title]);
    const states = await t.db.select({ id: nominations.id, state: nominations.state }).from(nominations).where(eq(nominations.editionId, edition.id));
    expect(states.find((n) => n.id === nominees.denmark.id)?.state).toBe("awarded");
    expect(states.find((n) => n.id === nominees.sweden.id)?.state).toBe("participant");
    const audit = await t.db.select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    expect(audit.filter((a) => a.action === "edition.published")).toHaveLength(1);
    expect(audit.filter((a) => a.action === "ceremony.step_moved").at(-1)?.data).toMatchObject({ to: 4, isPublished: true });

    // Going back and forward again after the reveal publishes nothing twice.
    const back = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "previous", version: reveal.version });
    const again = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version: back.version });
    expect(again.isPublished).toBe(false);
  });

  it("never publishes in a rehearsal, even at the winner", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db);
    await runSteps(t.db, admin, edition.id, "rehearsal", 4);
    const [row] = await t.db.select({ step: ceremonies.step }).from(ceremonies).where(and(eq(ceremonies.editionId, edition.id), eq(ceremonies.mode, "rehearsal")));
    expect(row?.step).toBe(4);
    expect((await getPhase(t.db, edition.id)).phase).toBe("deliberation");
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    // The live show is a different row: it has not started.
    expect((await getAudienceState({ db: t.db, viewer: null, year: edition.year, mode: "live" }))?.view.kind).toBe("waiting");
  });

  it("refuses a move from a stale version, so two presenter windows cannot skip a step", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    const { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    const move = () => moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version });
    expect(await outcomeOf(move())).toBe("ok");
    expect(await outcomeOf(move())).toBe("CONFLICT");
    const [row] = await t.db.select({ step: ceremonies.step }).from(ceremonies).where(and(eq(ceremonies.editionId, edition.id), eq(ceremonies.mode, "live")));
    expect(row?.step).toBe(1);
  });

  it("gives the audience only the current step: never a place before its reveal", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    const audience = async () => JSON.stringify(await getAudienceState({ db: t.db, viewer: null, year: edition.year, mode: "live" }));
    const markersOf = (rank: 1 | 2 | 3) => Object.values(PLACE_MARKERS[rank]);
    const expectHidden = (text: string, ranks: (1 | 2 | 3)[]) => {
      for (const rank of ranks) for (const marker of markersOf(rank)) expect(text).not.toContain(marker);
    };

    expectHidden(await audience(), [1, 2, 3]);
    let { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    expectHidden(await audience(), [1, 2, 3]);
    const next = async () => {
      ({ version } = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version }));
      return audience();
    };
    // The nominees step names every entry's title, but no place, prize or reason.
    const nomineesStep = await next();
    expect(nomineesStep).toContain(PLACE_MARKERS[1].title);
    expect(nomineesStep).not.toMatch(/prize|reason|rank|place/i);
    const third = await next();
    expect(third).toContain(PLACE_MARKERS[3].reason);
    expectHidden(third, [1, 2]);
    const second = await next();
    expect(second).toContain(PLACE_MARKERS[2].reason);
    expectHidden(second, [1]);
    const winner = await next();
    expect(winner).toContain(PLACE_MARKERS[1].reason);
  });

  it("shows the rehearsal only to the secretariat", async () => {
    const { edition, admin, coordinator } = await setUpCeremonyEdition(t.db);
    await runSteps(t.db, admin, edition.id, "rehearsal", 4);
    const watch = (viewer: SessionUser | null) => getAudienceState({ db: t.db, viewer, year: edition.year, mode: "rehearsal" });
    expect(await outcomeOf(watch(null))).toBe("UNAUTHORIZED");
    expect(await outcomeOf(watch(coordinator))).toBe("FORBIDDEN");
    expect((await watch(admin))?.view).toMatchObject({ kind: "place", rank: 1, title: PLACE_MARKERS[1].title });
  });

  it("lets only the secretariat present, and only from deliberation on", async () => {
    const { edition, coordinator } = await setUpCeremonyEdition(t.db);
    expect(await outcomeOf(startCeremony({ db: t.db, actor: coordinator, editionId: edition.id, mode: "live" }))).toBe("FORBIDDEN");
    const early = await setUpCeremonyEdition(t.db, { phase: "jury_scoring" });
    expect(await outcomeOf(startCeremony({ db: t.db, actor: early.admin, editionId: early.edition.id, mode: "rehearsal" }))).toBe("CONFLICT");
    expect(await outcomeOf(getPresenterState({ db: t.db, viewer: early.admin, editionId: early.edition.id, mode: "live" }))).toBe("FORBIDDEN");
    // A draft edition has no audience screen at all.
    const draft = await setUpCeremonyEdition(t.db, { phase: "draft" });
    expect(await getAudienceState({ db: t.db, viewer: null, year: draft.edition.year, mode: "live" })).toBeUndefined();
  });

  it("saves the nominee order, refuses one that misses a nominee, and the live show starts with the rehearsal's", async () => {
    const { edition, admin, nominees } = await setUpCeremonyEdition(t.db, { isSealed: true });
    const { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "rehearsal" });
    const order = [nominees.sweden.id, nominees.romania.id, nominees.denmark.id, nominees.france.id];
    const save = (list: string[], v: number) => saveNomineeOrder({ db: t.db, actor: admin, editionId: edition.id, mode: "rehearsal", order: list, version: v });
    expect(await outcomeOf(save(order.slice(1), version))).toBe("CONFLICT");
    const saved = await save(order, version);
    await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "rehearsal", direction: "next", version: saved.version });
    const view = (await getAudienceState({ db: t.db, viewer: admin, year: edition.year, mode: "rehearsal" }))?.view;
    expect(view?.kind === "nominees" && view.nominees.map((n) => n.country.code)).toEqual(["SE", "RO", "DK", "FR"]);

    await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    const presenter = await getPresenterState({ db: t.db, viewer: admin, editionId: edition.id, mode: "live" });
    expect(presenter.nominees.map((n) => n.nominationId)).toEqual(order);
  });

  it("restarts a rehearsal at its first step and runs a live show on an edition published already", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db);
    const version = await runSteps(t.db, admin, edition.id, "rehearsal", 3);
    await restartRehearsal({ db: t.db, actor: admin, editionId: edition.id, version });
    expect((await getAudienceState({ db: t.db, viewer: admin, year: edition.year, mode: "rehearsal" }))?.view.kind).toBe("title");

    const published = await setUpCeremonyEdition(t.db, { phase: "published" });
    await runSteps(t.db, published.admin, published.edition.id, "live", 4);
    const view = (await getAudienceState({ db: t.db, viewer: null, year: published.edition.year, mode: "live" }))?.view;
    expect(view).toMatchObject({ kind: "place", rank: 1 });
    expect(await outcomeOf(moveCeremonyStep({ db: t.db, actor: published.admin, editionId: published.edition.id, mode: "live", direction: "next", version: 5 }))).toBe("INVALID");
  });

  describe("the live show holds its awards still (the winner leaked at the 2nd place)", () => {
    const expectWinnerHidden = (text: string) => {
      for (const marker of Object.values(PLACE_MARKERS[1])) expect(text).not.toContain(marker);
    };

    it("refuses to save the awards again while the live show runs, so the audience never sees the winner early", async () => {
      const { edition, admin, nominees } = await setUpCeremonyEdition(t.db, { isSealed: true });
      // Title → nominees → 3rd → 2nd.
      await runSteps(t.db, admin, edition.id, "live", 3);
      // The secretariat lifts the seal and saves the awards again with the winner only.
      await unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "Fix a prize" });
      const save = saveAwards({
        db: t.db,
        actor: admin,
        editionId: edition.id,
        places: [{ rank: 1, nominationId: nominees.denmark.id, prize: PLACE_MARKERS[1].prize, juryReason: PLACE_MARKERS[1].reason }],
      });
      await expect(save).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^The live show is running: /) });
      expect(await t.db.select({ rank: awards.rank }).from(awards).where(eq(awards.editionId, edition.id))).toHaveLength(3);
      const audience = JSON.stringify(await getAudienceState({ db: t.db, viewer: null, year: edition.year, mode: "live" }));
      expect(audience).toContain(PLACE_MARKERS[2].reason);
      expectWinnerHidden(audience);
      expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    });

    it("refuses to reorder the nominees while the live show runs", async () => {
      const { edition, admin, nominees } = await setUpCeremonyEdition(t.db, { isSealed: true });
      const version = await runSteps(t.db, admin, edition.id, "live", 1);
      const order = [nominees.sweden.id, nominees.romania.id, nominees.denmark.id, nominees.france.id];
      const save = saveNomineeOrder({ db: t.db, actor: admin, editionId: edition.id, mode: "live", order, version });
      await expect(save).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^The live show is running: /) });
    });

    it("never clamps the audience onto a place that was not revealed when the steps change under the show", async () => {
      const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
      await runSteps(t.db, admin, edition.id, "live", 3);
      // Whatever changed the awards (here the database itself, past every rule), the 2nd and 3rd places are gone.
      await unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "Test" });
      await t.db.delete(awards).where(and(eq(awards.editionId, edition.id), inArray(awards.rank, [2, 3])));
      const state = await getAudienceState({ db: t.db, viewer: null, year: edition.year, mode: "live" });
      expectWinnerHidden(JSON.stringify(state));
      expect(state?.view.kind).toBe("title");
      const presenter = await getPresenterState({ db: t.db, viewer: admin, editionId: edition.id, mode: "live" });
      expect(presenter.current?.kind).toBe("title");
    });
  });
});
