/** The kinds of job the runner knows; each has one handler in the registry (lib/jobs/registry.ts). */
export const JOB_KINDS = {
  /** Publishes an edition at the embargo time the secretariat scheduled. */
  publication: "publication",
  /** Sends the outbox's unsent messages (only with SMTP_URL); recurring. */
  mailDelivery: "mail.deliver",
  /** Removes coordinators' contact details once an edition's retention period has ended; recurring. */
  contactRetention: "privacy.retention",
  /** Queues the scheduled reminders that are due (deadlines, scoring open, results published); recurring. */
  reminders: "reminders.send",
  /** Computes a large edition's ranking off the request path and stores it as a snapshot (lib/results/ranking-snapshot.ts). */
  rankingCompute: "ranking.compute",
} as const;

/** The key of an edition's job, so scheduling it again replaces the pending one. */
export function getEditionJobKey(editionId: number): string {
  return `edition:${editionId}`;
}
