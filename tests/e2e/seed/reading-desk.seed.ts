import { createHash, randomUUID } from "node:crypto";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { annexes, auditEvents } from "../../../db/schema";
import { recordAudit } from "../../../lib/kernel/audit";
import { getFileStorage } from "../../../lib/storage";
import { DEMO_ACCOUNTS } from "../../../db/seed/accounts";
import { READING_DESK_ANNEX, READING_DESK_TITLE } from "../support/reading-desk";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount, getUserId } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment } from "./support/jury";


/** A real one-page PDF, made here so the browser's viewer has something to render. */
async function makeAnnexPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText("Night buses: external evaluation, 2045", { x: 56, y: 760, size: 18, font });
  return document.save();
}

/**
 * reading-desk.spec.ts: a 2046 edition in jury scoring with the Dutch dossier accepted, its history in the audit
 * trail, a real PDF annex, and two German and Italian jurors of whom only the German is assigned to it.
 */
export default async function seedReadingDesk(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.readingDesk, phase: "jury_scoring", theme: "Reading desk end-to-end theme" });
  const nominationId = await seedSpecDossier(db, edition, { countryCode: "NL", title: READING_DESK_TITLE, state: "accepted" });
  const coordinatorId = await ensureSpecAccount(db, "deskCoordinatorNl", [{ role: "coordinator", countryCode: "NL", editionId: edition.id }]);
  const assignedId = await ensureSpecAccount(db, "deskJurorAssigned", [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
  await ensureSpecAccount(db, "deskJurorUnassigned", [{ role: "juror", countryCode: "IT", editionId: edition.id }]);
  await seedAssignment(db, edition, assignedId, nominationId);

  const [existing] = await db.select({ id: annexes.id }).from(annexes).where(eq(annexes.nominationId, nominationId));
  if (existing) return;
  const pdf = await makeAnnexPdf();
  const storageKey = `reading-desk-${randomUUID()}`;
  await getFileStorage().put(storageKey, pdf);
  await db.insert(annexes).values({
    nominationId,
    storageKey,
    fileName: READING_DESK_ANNEX,
    sizeBytes: pdf.length,
    sha256: createHash("sha256").update(pdf).digest("hex"),
    uploadedBy: coordinatorId,
  });
  // The history the secretariat reads, as the commands would have written it.
  const adminId = await getUserId(db, DEMO_ACCOUNTS.find((account) => account.roles.some((r) => r.role === "admin"))!.email);
  const [seeded] = await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityId, nominationId));
  if (seeded) return;
  const entry = { editionId: edition.id, entityType: "nomination", entityId: nominationId };
  await recordAudit(db, { ...entry, actorUserId: coordinatorId, action: "nomination.created", data: { kind: "competing" } });
  await recordAudit(db, { ...entry, actorUserId: coordinatorId, action: "annex.uploaded", data: { fileName: READING_DESK_ANNEX } });
  await recordAudit(db, { ...entry, actorUserId: coordinatorId, action: "nomination.submitted", data: { reference: `ECPA-${edition.year}-NL` } });
  await recordAudit(db, { ...entry, actorUserId: adminId, action: "nomination.accepted", data: { from: "submitted", to: "accepted" } });
}
