import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, editions, users } from "@/db/schema";
import { getViolatedConstraint } from "@/lib/errors";
import { recordAudit } from "@/lib/kernel/audit";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

/** The error a write fails with, or null when it succeeds. */
async function errorOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}

/** Whether the database refused the write as a change to the append-only audit trail. */
function isAuditAppendOnlyError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; hint?: unknown };
    if (candidate.code === "P0001" && candidate.hint === "audit_append_only") return true;
  }
  return false;
}

describeEachEngine("the audit trail is append-only in the database", (t) => {
  async function setUpAuditedEdition() {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "draft" });
    await recordAudit(t.db, { actorUserId: admin.id, editionId: edition.id, action: "edition.created", entityType: "edition", entityId: edition.id });
    const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    return { admin, edition, rows };
  }

  it("refuses to update an audit entry", async () => {
    const { edition, rows } = await setUpAuditedEdition();
    const error = await errorOf(t.db.update(auditEvents).set({ action: "edition.forged" }).where(eq(auditEvents.editionId, edition.id)));
    expect(isAuditAppendOnlyError(error)).toBe(true);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.editionId, edition.id))).toEqual(rows);
  });

  it("refuses to delete an audit entry", async () => {
    const { edition, rows } = await setUpAuditedEdition();
    const error = await errorOf(t.db.delete(auditEvents).where(eq(auditEvents.editionId, edition.id)));
    expect(isAuditAppendOnlyError(error)).toBe(true);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.editionId, edition.id))).toEqual(rows);
  });

  it("refuses to truncate the audit trail", async () => {
    const { edition, rows } = await setUpAuditedEdition();
    const error = await errorOf(t.db.execute(sql`truncate audit_events`));
    expect(isAuditAppendOnlyError(error)).toBe(true);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.editionId, edition.id))).toEqual(rows);
  });

  it("keeps an edition's audit entries, unchanged, when the edition is deleted", async () => {
    const { edition, rows } = await setUpAuditedEdition();
    await t.db.delete(editions).where(eq(editions.id, edition.id));
    expect(await t.db.select({ id: editions.id }).from(editions).where(eq(editions.id, edition.id))).toEqual([]);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.editionId, edition.id))).toEqual(rows);
  });

  it("refuses to delete a person the trail names as the actor, rather than erase them from it", async () => {
    const { admin, edition, rows } = await setUpAuditedEdition();
    const error = await errorOf(t.db.delete(users).where(eq(users.id, admin.id)));
    expect(getViolatedConstraint(error)).toBe("audit_events_actor_user_id_users_id_fk");
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.editionId, edition.id))).toEqual(rows);
  });

  it("still records new entries", async () => {
    const { edition } = await setUpAuditedEdition();
    await recordAudit(t.db, { actorUserId: null, editionId: edition.id, action: "edition.embargo_set", entityType: "edition", entityId: edition.id });
    expect(await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.editionId, edition.id))).toHaveLength(2);
  });
});
