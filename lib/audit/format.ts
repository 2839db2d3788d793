import { describeAction, describeDetails, describeRecord } from "../domain/audit-description";
import { formatEditionMoment } from "../format/edition-time";
import { toErasedName } from "../privacy/placeholder";
import { AUDIT_TIME_ZONE, type AuditRow } from "./queries";

/** A moment of the trail in the secretariat's zone, with the zone named and to the second. */
export function formatAuditTime(at: Date): string {
  return formatEditionMoment(at, AUDIT_TIME_ZONE, { withSeconds: true });
}

/** Who acted: the person's name (an erased person's placeholder), or the system for the job runner and sign-ins. */
export function describeActor(row: Pick<AuditRow, "actorUserId" | "actorName">): string {
  if (row.actorUserId === null) return "The system";
  return row.actorName ?? toErasedName(row.actorUserId);
}

/** One entry in words, as the viewer lists it and the CSV writes it. */
export function toAuditLine(row: AuditRow) {
  return {
    id: row.id,
    at: row.at,
    time: formatAuditTime(row.at),
    actor: describeActor(row),
    actorUserId: row.actorUserId,
    what: describeAction(row.action),
    action: row.action,
    record: describeRecord(row.entityType, row.entityId),
    entityType: row.entityType,
    entityId: row.entityId,
    editionYear: row.editionYear,
    details: describeDetails(row.data),
  };
}

export type AuditLine = ReturnType<typeof toAuditLine>;
