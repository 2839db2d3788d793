import { expect, it } from "vitest";
import { nominations } from "@/db/schema";
import { getViolatedConstraint } from "@/lib/errors";
import { createEdition, createNomination } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("database rules", (t) => {
  it("refuses a second competing nomination for the same country and edition", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "DK" });
    const error = await t.db
      .insert(nominations)
      .values({ editionId: edition.id, countryCode: "DK", kind: "competing", title: "Second" })
      .then(() => null, (e: unknown) => e);
    expect(getViolatedConstraint(error)).toBe("nominations_one_competing_idx");
  });

  it("accepts additional good-practice projects beside the competing one", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR", kind: "additional" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR", kind: "additional" });
    const rows = await t.db.select().from(nominations);
    expect(rows.filter((r) => r.editionId === edition.id && r.countryCode === "FR")).toHaveLength(3);
  });
});
