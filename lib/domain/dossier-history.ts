/**
 * The history of a dossier's states, told from its audit entries in words a secretariat reads. Pure: the caller
 * gives the entries (oldest first) and the words of its language.
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

/** The words a history is told in: one set per language (the page gives them from its messages). */
export interface HistoryWords {
  events: Readonly<Record<HistoryEvent, string>>;
  asAdditional: string;
  asCompeting: string;
  reference: (reference: string) => string;
  /** The labels of rejection reasons by their code. */
  reasons: Readonly<Record<string, string>>;
}

export const HISTORY_EVENTS = ["created", "submitted", "withdrawn", "reopened", "accepted", "rejected", "annexUploaded", "annexDeleted"] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

export const ENGLISH_HISTORY_WORDS: HistoryWords = {
  events: {
    created: "Created",
    submitted: "Submitted",
    withdrawn: "Withdrawn by its coordinator",
    reopened: "Reopened by the secretariat",
    accepted: "Accepted as eligible",
    rejected: "Rejected",
    annexUploaded: "Annex added",
    annexDeleted: "Annex deleted",
  },
  asAdditional: "As an additional good practice",
  asCompeting: "As the competing nomination",
  reference: (reference) => `Reference ${reference}`,
  reasons: {},
};

type Describe = (data: Record<string, unknown>, words: HistoryWords) => { label: string; detail: string | null };

const DESCRIPTIONS: Record<string, Describe> = {
  "nomination.created": (data, words) => ({
    label: words.events.created,
    detail: data.kind === "additional" ? words.asAdditional : data.kind === "competing" ? words.asCompeting : null,
  }),
  "nomination.submitted": (data, words) => {
    const reference = readText(data, "reference");
    return { label: words.events.submitted, detail: reference && words.reference(reference) };
  },
  "nomination.withdrawn": (_, words) => ({ label: words.events.withdrawn, detail: null }),
  "nomination.reopened": (data, words) => ({ label: words.events.reopened, detail: readText(data, "reason") }),
  "nomination.accepted": (_, words) => ({ label: words.events.accepted, detail: null }),
  "nomination.rejected": (data, words) => {
    const reason = readText(data, "reason");
    const note = readText(data, "note");
    const reasonLabel = reason ? (words.reasons[reason] ?? reason) : null;
    return { label: words.events.rejected, detail: [reasonLabel, note].filter(Boolean).join(": ") || null };
  },
  "annex.uploaded": (data, words) => ({ label: words.events.annexUploaded, detail: readText(data, "fileName") }),
  "annex.deleted": (data, words) => ({ label: words.events.annexDeleted, detail: readText(data, "fileName") }),
};

/** The steps of a dossier's history in the order given; an action this list does not know keeps its own name. */
export function describeDossierHistory(entries: readonly DossierAuditEntry[], words: HistoryWords = ENGLISH_HISTORY_WORDS): DossierHistoryStep[] {
  return entries.map((entry) => {
    const describe = DESCRIPTIONS[entry.action];
    const { label, detail } = describe ? describe(entry.data, words) : { label: entry.action, detail: null };
    return { id: entry.id, at: entry.at, label, detail, actorName: entry.actorName };
  });
}
