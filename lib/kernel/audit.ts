import type { Executor } from "../../db/client";
import { auditEvents } from "../../db/schema";

export interface AuditEntry {
  actorUserId: number | null;
  editionId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  data?: Record<string, unknown>;
}

/** Records a state change; call it inside the transaction that makes the change. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({ ...entry, entityId: String(entry.entityId), data: entry.data ?? {} });
}
