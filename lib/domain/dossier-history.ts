/**
 * The history of a dossier's states, told from its audit entries in words a secretariat reads. Pure: the caller
 * gives the entries (oldest first) and the labels of rejection reasons.
 */

export interface DossierAuditEntry {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface DossierHistoryStep {
  id: number;
  at: Date;
  /** What happened, e.g. "Submitted" or "Rejected". */
  label: string;
  /** Why or what, where the entry says: the rejection reason and note, the reopening reason, the annex's name. */
  detail: string | null;
  /** Who did it; null when no one is named (the job runner, or an erased person). */
  actorName: string | null;
}

function readText(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

type Describe = (data: Record<string, unknown>, reasonLabels: Readonly<Record<string, string>>) => { label: string; detail: string | null };

const DESCRIPTIONS: Record<string, Describe> = {
  "nomination.created": (data) => ({
    label: "Created",
    detail: data.kind === "additional" ? "As an additional good practice" : data.kind === "competing" ? "As the competing nomination" : null,
  }),
  "nomination.submitted": (data) => ({ label: "Submitted", detail: readText(data, "reference") && `Reference ${readText(data, "reference")}` }),
  "nomination.withdrawn": () => ({ label: "Withdrawn by its coordinator", detail: null }),
  "nomination.reopened": (data) => ({ label: "Reopened by the secretariat", detail: readText(data, "reason") }),
  "nomination.accepted": () => ({ label: "Accepted as eligible", detail: null }),
  "nomination.rejected": (data, reasonLabels) => {
    const reason = readText(data, "reason");
    const note = readText(data, "note");
    const reasonLabel = reason ? (reasonLabels[reason] ?? reason) : null;
    return { label: "Rejected", detail: [reasonLabel, note].filter(Boolean).join(": ") || null };
  },
  "annex.uploaded": (data) => ({ label: "Annex added", detail: readText(data, "fileName") }),
  "annex.deleted": (data) => ({ label: "Annex deleted", detail: readText(data, "fileName") }),
};

/** The steps of a dossier's history in the order given; an action this list does not know keeps its own name. */
export function describeDossierHistory(
  entries: readonly DossierAuditEntry[],
  reasonLabels: Readonly<Record<string, string>> = {},
): DossierHistoryStep[] {
  return entries.map((entry) => {
    const describe = DESCRIPTIONS[entry.action];
    const { label, detail } = describe ? describe(entry.data, reasonLabels) : { label: entry.action, detail: null };
    return { id: entry.id, at: entry.at, label, detail, actorName: entry.actorName };
  });
}
