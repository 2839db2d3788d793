import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { annexes } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { parseEnv } from "@/lib/env";
import { createFileStorage } from "@/lib/storage";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";
import { startS3Server, type RunningS3Server } from "../helpers/s3-server";

// The route handlers read the session, the app's database and its file storage: each is pointed at this test's own.
const wiring = vi.hoisted(() => ({ user: null as unknown, db: null as unknown, storage: null as unknown }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!wiring.user) throw new AppError("UNAUTHORIZED", "Please sign in again: your session has ended.");
    return wiring.user;
  },
}));
vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => wiring.db }));
vi.mock("@/lib/storage", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/storage")>()), getFileStorage: () => wiring.storage }));

const upload = await import("@/app/api/v1/nominations/[id]/annexes/route");
const annexRoute = await import("@/app/api/v1/annexes/[annexId]/route");
const view = await import("@/app/api/v1/annexes/[annexId]/view/route");

// A 6 MB PDF: past one 5 MiB part, so the S3 store receives it as a multipart upload.
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n%"), Buffer.alloc(6 * 1024 * 1024, "x"), Buffer.from("\n%%EOF\n")]);

let s3: RunningS3Server;
let dir = "";
beforeAll(async () => {
  s3 = await startS3Server();
  dir = await mkdtemp(path.join(tmpdir(), "palmares-annex-routes-"));
});
afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The variables an operator sets, parsed as the app parses them. */
function configure(driver: "local" | "s3", overrides: Record<string, string> = {}) {
  const { bucket, region, endpoint, accessKeyId, secretAccessKey } = s3.config;
  const variables =
    driver === "s3"
      ? { STORAGE_DRIVER: "s3", S3_BUCKET: bucket, S3_REGION: region, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey, S3_FORCE_PATH_STYLE: "true" }
      : { UPLOAD_DIR: dir };
  wiring.storage = createFileStorage(parseEnv({ ...variables, ...overrides }));
}

function postAnnex(nominationId: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], "Évaluation finale.pdf", { type: "application/pdf" }));
  return upload.POST(new Request(`http://127.0.0.1/api/v1/nominations/${nominationId}/annexes`, { method: "POST", body: form }), { params: Promise.resolve({ id: nominationId }) });
}

const params = (annexId: string) => ({ params: Promise.resolve({ annexId }) });
const getAnnex = (annexId: string) => annexRoute.GET(new Request(`http://127.0.0.1/api/v1/annexes/${annexId}`), params(annexId));
const viewAnnex = (annexId: string) => view.GET(new Request(`http://127.0.0.1/api/v1/annexes/${annexId}/view`), params(annexId));
const deleteAnnex = (annexId: string) => annexRoute.DELETE(new Request(`http://127.0.0.1/api/v1/annexes/${annexId}`, { method: "DELETE" }), params(annexId));
const sha256 = (bytes: ArrayBuffer | Uint8Array) => createHash("sha256").update(new Uint8Array(bytes)).digest("hex");

describeEachEngine("annexes through the routes, on each storage driver", (t) => {
  async function setUp() {
    wiring.db = t.db;
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "BE" });
    wiring.user = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    return { nomination };
  }

  for (const driver of ["local", "s3"] as const) {
    describe(`STORAGE_DRIVER=${driver}`, () => {
      it("uploads an annex, downloads and views the same bytes, and deletes it from the store", async () => {
        configure(driver);
        const { nomination } = await setUp();
        const created = await postAnnex(nomination.id, PDF);
        expect(created.status).toBe(201);
        const { annex } = (await created.json()) as { annex: { id: string; sizeBytes: number } };
        expect(annex.sizeBytes).toBe(PDF.length);
        const [row] = await t.db.select({ sha256: annexes.sha256, storageKey: annexes.storageKey }).from(annexes).where(eq(annexes.id, annex.id));
        expect(row!.sha256).toBe(sha256(PDF));

        const downloaded = await getAnnex(annex.id);
        expect(downloaded.status).toBe(200);
        expect(sha256(await downloaded.arrayBuffer())).toBe(row!.sha256);
        const viewed = await viewAnnex(annex.id);
        expect(viewed.status).toBe(200);
        expect(sha256(await viewed.arrayBuffer())).toBe(row!.sha256);

        expect((await deleteAnnex(annex.id)).status).toBe(204);
        expect(await (wiring.storage as { head: (key: string) => Promise<unknown> }).head(row!.storageKey)).toBeNull();
      });

      it("says the file is missing, with a 404, when the row's object is gone from the store", async () => {
        configure(driver);
        const { nomination } = await setUp();
        const { annex } = (await (await postAnnex(nomination.id, PDF)).json()) as { annex: { id: string } };
        const [row] = await t.db.select({ storageKey: annexes.storageKey }).from(annexes).where(eq(annexes.id, annex.id));
        await (wiring.storage as { delete: (key: string) => Promise<void> }).delete(row!.storageKey);
        for (const response of [await getAnnex(annex.id), await viewAnnex(annex.id)]) {
          expect(response.status).toBe(404);
          expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "This annex's file is missing. Ask the secretariat for help." } });
        }
      });
    });
  }

  it("answers 503 with a try-again message, and stores no row, while the S3 store cannot be reached", async () => {
    configure("s3");
    const { nomination } = await setUp();
    const { annex } = (await (await postAnnex(nomination.id, PDF)).json()) as { annex: { id: string } };
    configure("s3", { S3_ENDPOINT: "http://127.0.0.1:9" });
    for (const response of [await getAnnex(annex.id), await viewAnnex(annex.id), await postAnnex(nomination.id, PDF)]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringContaining("try again") } });
    }
    expect(await t.db.select({ id: annexes.id }).from(annexes).where(eq(annexes.nominationId, nomination.id))).toHaveLength(1);
  });
});
