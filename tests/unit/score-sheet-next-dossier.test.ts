import { describe, expect, it } from "vitest";
import { findNextUnfinishedDossier, type JurorDossierSummary } from "@/lib/jury/dossiers";

type Row = Pick<JurorDossierSummary, "id" | "editionId" | "sheetState">;

const row = (id: string, sheetState: Row["sheetState"], editionId = 1): Row => ({ id, editionId, sheetState });

describe("findNextUnfinishedDossier", () => {
  const list = [row("a", "submitted"), row("b", null), row("c", "submitted"), row("d", "draft"), row("x", null, 2)];

  it("takes the next dossier not started or in draft after the current one", () => {
    expect(findNextUnfinishedDossier(list, { id: "a", editionId: 1 })?.id).toBe("b");
    expect(findNextUnfinishedDossier(list, { id: "b", editionId: 1 })?.id).toBe("d");
  });

  it("wraps round to the start of the list and stays within the edition", () => {
    expect(findNextUnfinishedDossier(list, { id: "d", editionId: 1 })?.id).toBe("b");
  });

  it("never offers the current dossier, and nothing when every other one is submitted", () => {
    const done = [row("a", "submitted"), row("b", "draft"), row("c", "submitted")];
    expect(findNextUnfinishedDossier(done, { id: "b", editionId: 1 })).toBeUndefined();
    expect(findNextUnfinishedDossier(done, { id: "a", editionId: 1 })?.id).toBe("b");
  });
});
