import { describeAction, describeDetails, describeRecord } from "../domain/audit-description";
import { formatEditionMoment } from "../format/edition-time";
import type { Locale } from "../i18n/locales";
import { toErasedName } from "../privacy/placeholder";
import { AUDIT_TIME_ZONE, type AuditRow } from "./queries";

/** A moment of the trail in the secretariat's zone, with the zone named and to the second. */
export function formatAuditTime(at: Date, locale: Locale = "en"): string {
  return formatEditionMoment(at, AUDIT_TIME_ZONE, { withSeconds: true, locale });
}

/** Who acted: the person's name (an erased person's placeholder), or the system for the job runner and sign-ins. */
export function describeActor(row: Pick<AuditRow, "actorUserId" | "actorName">, locale: Locale = "en"): string {
  if (row.actorUserId === null) return locale === "fr" ? "Le système" : "The system";
  return row.actorName ?? toErasedName(row.actorUserId);
}

/** One entry in words, as the viewer lists it (in the page's language) and the CSV writes it (in English). */
export function toAuditLine(row: AuditRow, locale: Locale = "en") {
  return {
    id: row.id,
    at: row.at,
    time: formatAuditTime(row.at, locale),
    actor: describeActor(row, locale),
    actorUserId: row.actorUserId,
    what: describeAction(row.action, locale),
    action: row.action,
    record: describeRecord(row.entityType, row.entityId, locale),
    entityType: row.entityType,
    entityId: row.entityId,
    editionYear: row.editionYear,
    details: describeDetails(row.data),
  };
}

export type AuditLine = ReturnType<typeof toAuditLine>;
