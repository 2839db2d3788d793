import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildStepView,
  getShownStepIndex,
  getStepLabel,
  getTargetStepIndex,
  isOrderOf,
  isRevealStep,
  listCeremonySteps,
  moveItem,
  orderNominees,
  shuffleItems,
  type CeremonyShow,
} from "@/lib/domain/ceremony";

/** The 2014 show: three places and four nominees, every text unique so a leak is easy to spot. */
const SHOW: CeremonyShow = {
  year: 2014,
  theme: "Prevention of trafficking in human beings",
  presidency: { code: "IT", name: "Italy" },
  ceremony: { startsOn: "2014-12-04", endsOn: "2014-12-05", place: "Rome" },
  nominees: [
    { nominationId: "id-dk", country: { code: "DK", name: "Denmark" }, title: "HopeNow" },
    { nominationId: "id-fr", country: { code: "FR", name: "France" }, title: "Ac.Sé" },
    { nominationId: "id-ro", country: { code: "RO", name: "Romania" }, title: "NO campaign" },
    { nominationId: "id-se", country: { code: "SE", name: "Sweden" }, title: "Swedish entry" },
  ],
  awards: [
    { rank: 1, country: { code: "DK", name: "Denmark" }, title: "HopeNow", prize: "PRIZE-FIRST", juryReason: "REASON-FIRST" },
    { rank: 2, country: { code: "FR", name: "France" }, title: "Ac.Sé", prize: "PRIZE-SECOND", juryReason: "REASON-SECOND" },
    { rank: 3, country: { code: "RO", name: "Romania" }, title: "NO campaign", prize: "PRIZE-THIRD", juryReason: "REASON-THIRD" },
  ],
};

const STEPS = listCeremonySteps([1, 2, 3]);

describe("listCeremonySteps", () => {
  it("runs title, nominees, then the places from the last one up to the winner", () => {
    expect(STEPS).toEqual([
      { kind: "title" },
      { kind: "nominees" },
      { kind: "place", rank: 3 },
      { kind: "place", rank: 2 },
      { kind: "place", rank: 1 },
    ]);
    expect(STEPS.map(getStepLabel)).toEqual(["Title and theme", "The nominees", "3rd place", "2nd place", "The winner"]);
  });

  it("follows the awards an edition has, in any input order, ignoring repeats and nonsense ranks", () => {
    expect(listCeremonySteps([2, 1, 2, 0, -1, 1.5])).toEqual([{ kind: "title" }, { kind: "nominees" }, { kind: "place", rank: 2 }, { kind: "place", rank: 1 }]);
    expect(listCeremonySteps([])).toEqual([{ kind: "title" }, { kind: "nominees" }]);
  });

  it("always ends with the winner when there is one, and only that step is the reveal", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 1 }), (ranks) => {
        const steps = listCeremonySteps(ranks);
        const reveals = steps.filter(isRevealStep);
        expect(reveals).toHaveLength(ranks.includes(1) ? 1 : 0);
        if (ranks.includes(1)) expect(isRevealStep(steps.at(-1))).toBe(true);
      }),
    );
  });
});

describe("stepping", () => {
  it("moves one step at a time and stays within the show", () => {
    expect(getTargetStepIndex(0, "next", 5)).toBe(1);
    expect(getTargetStepIndex(4, "next", 5)).toBe(4);
    expect(getTargetStepIndex(0, "previous", 5)).toBe(0);
    expect(getTargetStepIndex(3, "previous", 5)).toBe(2);
    expect(getTargetStepIndex(9, "previous", 5)).toBe(3);
  });

  it("finds the shown place by its rank, and never lands on a place that was not revealed", () => {
    // Title, nominees, 3rd, 2nd, winner: the show stands at the 2nd place (index 3).
    expect(getShownStepIndex(STEPS, 3, 2)).toBe(3);
    // The awards were saved again with the winner only: index 3 is past the end, the 2nd place is gone.
    const winnerOnly = listCeremonySteps([1]);
    expect(getShownStepIndex(winnerOnly, 3, 2)).toBe(0);
    expect(winnerOnly[getShownStepIndex(winnerOnly, 3, 2)]).toEqual({ kind: "title" });
    // The 3rd place was removed: the 2nd place moved to index 2, and is still the one shown.
    expect(getShownStepIndex(listCeremonySteps([1, 2]), 3, 2)).toBe(2);
    // The title and the nominees stand where they are; an index with no place recorded shows the title.
    expect(getShownStepIndex(STEPS, 0, null)).toBe(0);
    expect(getShownStepIndex(STEPS, 1, null)).toBe(1);
    expect(getShownStepIndex(STEPS, 4, null)).toBe(0);
  });
});

describe("buildStepView: what the audience may see", () => {
  const viewAt = (index: number) => buildStepView(STEPS[index]!, SHOW);
  const textOf = (index: number) => JSON.stringify(viewAt(index));

  it("shows the title and theme first, with no nominee and no award", () => {
    expect(viewAt(0)).toEqual({
      kind: "title",
      year: 2014,
      theme: SHOW.theme,
      presidency: { code: "IT", name: "Italy" },
      ceremony: { startsOn: "2014-12-04", endsOn: "2014-12-05", place: "Rome" },
    });
    expect(textOf(0)).not.toMatch(/HopeNow|Ac\.Sé|PRIZE|REASON|rank/);
  });

  it("lists the nominees in the chosen order with country and title only: no rank, prize, reason or id", () => {
    const view = viewAt(1);
    expect(view).toEqual({
      kind: "nominees",
      year: 2014,
      theme: SHOW.theme,
      nominees: SHOW.nominees.map((n) => ({ country: n.country, title: n.title })),
    });
    expect(textOf(1)).not.toMatch(/rank|PRIZE|REASON|Winner|place|id-/);
  });

  it("reveals the third place alone: nothing of the second place or the winner", () => {
    expect(viewAt(2)).toMatchObject({ kind: "place", rank: 3, placeLabel: "3rd place", title: "NO campaign", prize: "PRIZE-THIRD" });
    expect(textOf(2)).not.toMatch(/HopeNow|Ac\.Sé|Denmark|France|FIRST|SECOND/);
  });

  it("reveals the second place without the winner", () => {
    expect(viewAt(3)).toMatchObject({ kind: "place", rank: 2, placeLabel: "2nd place", country: { code: "FR", name: "France" } });
    expect(textOf(3)).not.toMatch(/HopeNow|Denmark|FIRST/);
  });

  it("reveals the winner with prize and the jury's reasons, and no other place", () => {
    expect(viewAt(4)).toEqual({
      kind: "place",
      year: 2014,
      rank: 1,
      placeLabel: "Winner",
      country: { code: "DK", name: "Denmark" },
      title: "HopeNow",
      prize: "PRIZE-FIRST",
      juryReason: "REASON-FIRST",
    });
    expect(textOf(4)).not.toMatch(/SECOND|THIRD/);
  });

  it("never carries a later place than its own, whatever the awards", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 10 }), (ranks) => {
        const show: CeremonyShow = {
          ...SHOW,
          awards: ranks.map((rank) => ({
            rank,
            country: { code: "AT", name: `Country-${rank}` },
            title: `Title-${rank}-end`,
            prize: `Prize-${rank}-end`,
            juryReason: `Reason-${rank}-end`,
          })),
        };
        const steps = listCeremonySteps(ranks);
        steps.forEach((step) => {
          const text = JSON.stringify(buildStepView(step, show));
          for (const rank of ranks) {
            const isOwn = step.kind === "place" && step.rank === rank;
            expect(text.includes(`-${rank}-end`)).toBe(isOwn);
          }
        });
      }),
    );
  });

  it("falls back to the title when a place's award has gone, rather than show something else", () => {
    expect(buildStepView({ kind: "place", rank: 7 }, SHOW).kind).toBe("title");
  });
});

describe("nominee order", () => {
  const ids = SHOW.nominees.map((n) => n.nominationId);

  it("puts the nominees in the saved order and appends those it does not name", () => {
    const ordered = orderNominees(SHOW.nominees, ["id-se", "id-dk"]);
    expect(ordered.map((n) => n.nominationId)).toEqual(["id-se", "id-dk", "id-fr", "id-ro"]);
    expect(orderNominees(SHOW.nominees, []).map((n) => n.nominationId)).toEqual(ids);
  });

  it("accepts an order only when it names each nominee exactly once", () => {
    expect(isOrderOf(["id-ro", "id-dk", "id-se", "id-fr"], ids)).toBe(true);
    expect(isOrderOf(["id-ro", "id-dk", "id-se"], ids)).toBe(false);
    expect(isOrderOf(["id-ro", "id-ro", "id-se", "id-fr"], ids)).toBe(false);
    expect(isOrderOf(["id-ro", "id-dk", "id-se", "id-xx"], ids)).toBe(false);
  });

  it("moves one item up or down and ignores moves off either end", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("shuffles into a permutation of the same items", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.infiniteStream(fc.double({ min: 0, max: 0.999999, noNaN: true })), (items, stream) => {
        const random = () => stream.next().value as number;
        expect([...shuffleItems(items, random)].sort()).toEqual([...items].sort());
      }),
    );
  });
});
