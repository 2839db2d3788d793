import { describe, expect, it } from "vitest";
import { describeDossierHistory, ENGLISH_HISTORY_WORDS, type DossierAuditEntry } from "@/lib/domain/dossier-history";

const at = new Date("2046-09-01T10:00:00Z");
const entry = (id: number, action: string, data: Record<string, unknown> = {}, actorName: string | null = "Ana"): DossierAuditEntry => ({
  id,
  at,
  action,
  actorName,
  data,
});

describe("describeDossierHistory", () => {
  it("tells each state change in words, keeping the order it is given", () => {
    const steps = describeDossierHistory([
      entry(1, "nomination.created", { kind: "competing" }),
      entry(2, "nomination.submitted", { reference: "ECPA-2046-NL" }),
      entry(3, "nomination.withdrawn"),
      entry(4, "nomination.reopened", { reason: "Wrong annex attached" }, "Secretariat"),
      entry(5, "nomination.accepted", { from: "submitted", to: "accepted" }, "Secretariat"),
    ]);
    expect(steps.map((step) => [step.id, step.label, step.detail, step.actorName])).toEqual([
      [1, "Created", "As the competing nomination", "Ana"],
      [2, "Submitted", "Reference ECPA-2046-NL", "Ana"],
      [3, "Withdrawn by its coordinator", null, "Ana"],
      [4, "Reopened by the secretariat", "Wrong annex attached", "Secretariat"],
      [5, "Accepted as eligible", null, "Secretariat"],
    ]);
  });

  it("gives a rejection's reason by its label, with the note", () => {
    const labels = { off_theme: "Off theme" };
    const [withNote, withoutNote, unknown] = describeDossierHistory(
      [
        entry(1, "nomination.rejected", { reason: "off_theme", note: "About burglary, not the theme." }),
        entry(2, "nomination.rejected", { reason: "off_theme", note: "  " }),
        entry(3, "nomination.rejected", { reason: "made_up" }),
      ],
      { ...ENGLISH_HISTORY_WORDS, reasons: labels },
    );
    expect(withNote!.detail).toBe("Off theme: About burglary, not the theme.");
    expect(withoutNote!.detail).toBe("Off theme");
    expect(unknown!.detail).toBe("made_up");
  });

  it("names annexes, keeps unknown actions under their own name and an unnamed actor as null", () => {
    const steps = describeDossierHistory([
      entry(1, "annex.uploaded", { fileName: "report.pdf" }),
      entry(2, "annex.deleted", { fileName: "report.pdf" }, null),
      entry(3, "nomination.something_new", { anything: 1 }),
      entry(4, "nomination.submitted", {}),
    ]);
    expect(steps.map((step) => [step.label, step.detail, step.actorName])).toEqual([
      ["Annex added", "report.pdf", "Ana"],
      ["Annex deleted", "report.pdf", null],
      ["nomination.something_new", null, "Ana"],
      ["Submitted", null, "Ana"],
    ]);
  });

  it("tells the history in the words it is given", () => {
    const french = { ...ENGLISH_HISTORY_WORDS, events: { ...ENGLISH_HISTORY_WORDS.events, submitted: "Soumise" }, reference: (r: string) => `Référence ${r}` };
    const [step] = describeDossierHistory([entry(1, "nomination.submitted", { reference: "ECPA-2046-NL" })], french);
    expect([step!.label, step!.detail]).toEqual(["Soumise", "Référence ECPA-2046-NL"]);
  });
});
