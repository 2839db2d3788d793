import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { auditEvents } from "../../../db/schema";
import { recordAudit } from "../../../lib/kernel/audit";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

/**
 * audit.spec.ts: an edition with a few audit entries of its own — criteria added, and one score submission whose
 * details hold a text a spreadsheet would run as a formula — for the secretariat to filter and download; and a
 * coordinator of that edition whose personal data the secretariat erases.
 */
export default async function seedAudit(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.audit, phase: "draft", theme: "Audit end-to-end theme" });
  await ensureSpecAccount(db, "auditErasable", [{ role: "coordinator", countryCode: "BE", editionId: edition.id }]);
  const existing = await db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.action, "sheet.submit")));
  if (existing.length > 0) return;
  for (const criterion of edition.rubric) {
    await recordAudit(db, { actorUserId: null, editionId: edition.id, action: "criterion.added", entityType: "criterion", entityId: criterion.id, data: { position: criterion.position } });
  }
  await recordAudit(db, {
    actorUserId: null,
    editionId: edition.id,
    action: "sheet.submit",
    entityType: "score_sheet",
    entityId: "audit-e2e-sheet",
    data: { note: "=SUM(A1:A9)", scoreChanges: [{ criterionId: edition.rubric[0]!.id, before: 7, after: 9 }] },
  });
}
