import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { awards, frozenResults } from "@/db/schema";
import { isFrozenResultError } from "@/lib/errors";
import { createEdition, createNomination } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("the database refuses changes to a frozen result", (t) => {
  it("refuses to change awards after the freeze and allows it again after unfreezing", async () => {
    const edition = await createEdition(t.db, { phase: "deliberation" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    await t.db.insert(awards).values({ editionId: edition.id, rank: 1, nominationId: nomination.id });
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "x" });

    const error = await t.db
      .update(awards)
      .set({ juryReason: "changed" })
      .where(eq(awards.editionId, edition.id))
      .then(() => null, (e: unknown) => e);
    expect(isFrozenResultError(error)).toBe(true);

    await t.db.delete(frozenResults).where(eq(frozenResults.editionId, edition.id));
    await t.db.update(awards).set({ juryReason: "changed" }).where(eq(awards.editionId, edition.id));
    const [row] = await t.db.select({ juryReason: awards.juryReason }).from(awards).where(eq(awards.editionId, edition.id));
    expect(row?.juryReason).toBe("changed");
  });
});
