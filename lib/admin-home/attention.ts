/** What the secretariat's home counts (lib/admin-home/queries.ts). */
export interface AttentionCounts {
  undecidedDossiers: number;
  jurorsBehind: number;
  undecidedTies: number;
  isResultUnsealed: boolean;
  /** Every attempt used up. */
  failedMail: number;
  /** Tried and failed at least once, still to be retried. */
  undeliveredMail: number;
}

export interface AttentionItem {
  key: keyof AttentionCounts;
  count: number;
  text: string;
  href: string;
  action: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The items that need attention, each with a link to the page that fixes it; empty when nothing does. Pure.
 */
export function listAttentionItems(counts: AttentionCounts, year: number | undefined): AttentionItem[] {
  const edition = year === undefined ? "" : `/admin/editions/${year}`;
  const items: AttentionItem[] = [];
  if (year !== undefined && counts.undecidedDossiers > 0) {
    items.push({ key: "undecidedDossiers", count: counts.undecidedDossiers, text: `${plural(counts.undecidedDossiers, "dossier is", "dossiers are")} submitted without an eligibility decision`, href: `${edition}/nominations?state=submitted`, action: "Decide eligibility" });
  }
  if (year !== undefined && counts.jurorsBehind > 0) {
    items.push({ key: "jurorsBehind", count: counts.jurorsBehind, text: `${plural(counts.jurorsBehind, "juror has", "jurors have")} score sheets still to submit`, href: `${edition}/progress`, action: "See the jury's progress" });
  }
  if (year !== undefined && counts.undecidedTies > 0) {
    items.push({ key: "undecidedTies", count: counts.undecidedTies, text: `${plural(counts.undecidedTies, "tie on an awarded place is", "ties on awarded places are")} not decided`, href: `${edition}/ranking`, action: "Open the ranking" });
  }
  if (year !== undefined && counts.isResultUnsealed) {
    items.push({ key: "isResultUnsealed", count: 1, text: "The jury is closed but the result is not sealed", href: `${edition}/result`, action: "Seal the result" });
  }
  if (counts.failedMail > 0) {
    items.push({ key: "failedMail", count: counts.failedMail, text: `${plural(counts.failedMail, "message", "messages")} could not be delivered`, href: "/admin/outbox?status=failed", action: "Read the failed messages" });
  }
  if (counts.undeliveredMail > 0) {
    items.push({ key: "undeliveredMail", count: counts.undeliveredMail, text: `${plural(counts.undeliveredMail, "message is", "messages are")} waiting to be retried`, href: "/admin/outbox?status=unsent", action: "See the messages waiting" });
  }
  return items;
}
