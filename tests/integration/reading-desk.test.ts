import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { annexes, assignments, conflicts, editions, nominations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { removeAssignment } from "@/lib/jury/remove-assignment";
import { createAnnex } from "@/lib/nominations/annex-create";
import { createNomination } from "@/lib/nominations/create";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { getFullDossier, listDossierCoordinators, listDossierHistory } from "@/lib/nominations/full-dossier-queries";
import { reopenNomination } from "@/lib/nominations/reopen";
import { submitNomination } from "@/lib/nominations/submit";
import { withdrawNomination } from "@/lib/nominations/withdraw";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { completeDossier, FULL_CONTENT } from "../fixtures/dossier";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

// The route handler reads the session, the app's database and its file storage: each is pointed at this test's own.
const wiring = vi.hoisted(() => ({ user: null as unknown, db: null as unknown, storage: null as unknown }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!wiring.user) throw new AppError("UNAUTHORIZED", "Please sign in again: your session has ended.");
    return wiring.user;
  },
}));
vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => wiring.db }));
vi.mock("@/lib/storage", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/storage")>()), getFileStorage: () => wiring.storage }));

const view = await import("@/app/api/v1/annexes/[annexId]/view/route");

const encode = (text: string) => new TextEncoder().encode(text);
const PDF = encode("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const HTML = encode("<!doctype html><html><body><script>alert(1)</script></body></html>\n");

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

beforeEach(() => {
  wiring.user = null;
});

async function rename(db: Database, user: SessionUser, name: string): Promise<SessionUser> {
  await db.update(users).set({ name }).where(eq(users.id, user.id));
  return { ...user, name };
}

async function readVersion(db: Database, id: string): Promise<number> {
  const [row] = await db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, id));
  return row!.version;
}

function openAnnex(annexId: string, user: SessionUser | null) {
  wiring.user = user;
  return view.GET(new Request(`http://127.0.0.1/api/v1/annexes/${annexId}/view`), { params: Promise.resolve({ annexId }) });
}

describeEachEngine("the secretariat's reading desk and the annex viewer", (t) => {
  /** An open edition with a Belgian competing dossier holding one PDF annex; the storage is this test's own. */
  async function setUp() {
    const dir = await mkdtemp(path.join(tmpdir(), "palmares-reading-desk-"));
    tempDirs.push(dir);
    const storage = new LocalDiskStorage(dir);
    wiring.db = t.db;
    wiring.storage = storage;
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const coordinator = await rename(t.db, await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]), "Bea Coordinator");
    const admin = await rename(t.db, await createUser(t.db, [{ role: "admin" }]), "Sam Secretariat");
    const { id } = await createNomination({
      db: t.db,
      user: coordinator,
      input: { year: edition.year, countryCode: "BE", kind: "competing", title: "Safe streets", organisation: "", description: "" },
    });
    await completeDossier(t.db, id);
    const annex = await createAnnex({ db: t.db, storage, user: coordinator, nominationId: id, fileName: "Evaluation report.pdf", bytes: PDF });
    return { edition, coordinator, admin, id, annex, storage };
  }

  /** Moves the dossier to accepted and the edition to jury scoring, as the phases would. */
  async function openJury(editionId: number, id: string) {
    await t.db.update(nominations).set({ state: "accepted", reference: `ECPA-${editionId}-BE`, submittedAt: sql`now()` }).where(eq(nominations.id, id));
    await t.db.update(editions).set({ phase: "jury_scoring" }).where(eq(editions.id, editionId));
  }

  it("gives the admin the whole dossier with its coordinators and the history of its states in order", async () => {
    const { edition, coordinator, admin, id } = await setUp();
    const submit = async () => submitNomination({ db: t.db, user: coordinator, id, version: await readVersion(t.db, id) });
    await submit();
    await withdrawNomination({ db: t.db, user: coordinator, id });
    await submit();
    await reopenNomination({ db: t.db, user: admin, id, reason: "The evaluation answer is cut off." });
    await submit();
    await t.db.update(editions).set({ phase: "eligibility" }).where(eq(editions.id, edition.id));
    await decideEligibility({ db: t.db, actor: admin, nominationId: id, version: await readVersion(t.db, id), decision: "reject", reason: "off_theme", note: "Not about the theme." });
    await decideEligibility({ db: t.db, actor: admin, nominationId: id, version: await readVersion(t.db, id), decision: "accept" });

    const scope = { db: t.db, viewer: admin, edition: { id: edition.id, phase: "eligibility" as const } };
    const dossier = await getFullDossier({ ...scope, id });
    expect(dossier).toMatchObject({
      title: FULL_CONTENT.title,
      countryName: "Belgium",
      state: "accepted",
      contactEmail: FULL_CONTENT.contactEmail,
      answerPrevention: FULL_CONTENT.answerPrevention,
      answerReplication: FULL_CONTENT.answerReplication,
    });
    expect((await listDossierCoordinators({ ...scope, countryCode: "BE" })).map((c) => c.name)).toContain("Bea Coordinator");

    const history = await listDossierHistory({ ...scope, nominationId: id });
    expect(history.map((step) => [step.label, step.actorName])).toEqual([
      ["Created", "Bea Coordinator"],
      ["Annex added", "Bea Coordinator"],
      ["Submitted", "Bea Coordinator"],
      ["Withdrawn by its coordinator", "Bea Coordinator"],
      ["Submitted", "Bea Coordinator"],
      ["Reopened by the secretariat", "Sam Secretariat"],
      ["Submitted", "Bea Coordinator"],
      ["Rejected", "Sam Secretariat"],
      ["Accepted as eligible", "Sam Secretariat"],
    ]);
    expect(history.find((step) => step.label === "Rejected")!.detail).toBe("Off theme: Not about the theme.");
    expect(history.find((step) => step.label === "Reopened by the secretariat")!.detail).toBe("The evaluation answer is cut off.");
    const times = history.map((step) => step.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("reads the desk for the secretariat only, and finds a dossier only in its own edition", async () => {
    const { edition, coordinator, admin, id } = await setUp();
    const other = await createEdition(t.db, { phase: "nominations_open" });
    const scope = { id: edition.id, phase: "nominations_open" as const };
    await expect(getFullDossier({ db: t.db, viewer: coordinator, edition: scope, id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listDossierHistory({ db: t.db, viewer: coordinator, edition: scope, nominationId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getFullDossier({ db: t.db, viewer: admin, edition: { id: other.id, phase: "nominations_open" }, id })).toBeUndefined();
    expect(await getFullDossier({ db: t.db, viewer: admin, edition: scope, id: "not-a-uuid" })).toBeUndefined();
  });

  it("shows the annex inline to the assigned juror, the admin and its coordinator, with the viewer's headers", async () => {
    const { edition, coordinator, admin, id, annex } = await setUp();
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
    await openJury(edition.id, id);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: id });

    const response = await openAnnex(annex.id, juror);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="Evaluation report.pdf"; filename*=UTF-8''Evaluation%20report.pdf`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(PDF));

    for (const reader of [admin, coordinator]) expect((await openAnnex(annex.id, reader)).status).toBe(200);
  });

  it("refuses the annex to everyone else: 404 where the dossier must stay hidden, 401 without a session", async () => {
    const { edition, admin, id, annex } = await setUp();
    const juror = (countryCode: string) => createUser(t.db, [{ role: "juror", countryCode, editionId: edition.id }]);
    const [unassigned, conflicted, ownCountry, removed] = [await juror("IT"), await juror("FR"), await juror("BE"), await juror("NL")];
    const otherCoordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    const otherEditionJuror = await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: (await createEdition(t.db, { phase: "jury_scoring" })).id }]);
    await openJury(edition.id, id);
    await t.db.insert(assignments).values([conflicted, ownCountry, removed].map((j) => ({ editionId: edition.id, jurorUserId: j.id, nominationId: id })));
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: conflicted.id, nominationId: id, source: "declared" });
    expect((await openAnnex(annex.id, removed)).status).toBe(200);
    await removeAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: removed.id, nominationId: id });

    for (const [who, user] of Object.entries({ unassigned, conflicted, ownCountry, removed, otherCoordinator, otherEditionJuror })) {
      const response = await openAnnex(annex.id, user);
      expect([who, response.status]).toEqual([who, 404]);
      expect(response.headers.get("content-type")).toContain("application/json");
    }
    expect((await openAnnex(annex.id, null)).status).toBe(401);
    expect((await openAnnex(randomUUID(), admin)).status).toBe(404);
    expect((await openAnnex("../../etc/passwd", admin)).status).toBe(404);
  });

  it("never shows inline a stored file that is not a PDF, even to the admin", async () => {
    const { admin, id, storage } = await setUp();
    const storageKey = randomUUID();
    await storage.put(storageKey, HTML);
    const [forged] = await t.db
      .insert(annexes)
      .values({ nominationId: id, storageKey, fileName: "forged.pdf", sizeBytes: HTML.length, sha256: createHash("sha256").update(HTML).digest("hex") })
      .returning({ id: annexes.id });
    const response = await openAnnex(forged!.id, admin);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("<script>");
  });
});
