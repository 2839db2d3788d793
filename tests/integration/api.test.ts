import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { awards, editions, prizes } from "@/db/schema";
import { PUBLIC_CACHE_CONTROL } from "@/lib/api/cache-control";
import { freezeResult } from "@/lib/results/freeze";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { openAppDatabase } from "../helpers/app-database";

// The route handlers use the app's own getDb(), which reads the environment once: point it at a fresh PGlite first.
let appDatabase: Awaited<ReturnType<typeof openAppDatabase>> | undefined;
let routes: {
  health: typeof import("@/app/api/health/route");
  editions: typeof import("@/app/api/v1/editions/route");
  results: typeof import("@/app/api/v1/editions/[year]/results/route");
  snapshot: typeof import("@/app/api/v1/editions/[year]/results/snapshot.json/route");
};
let client: typeof import("@/db/client");

beforeAll(async () => {
  appDatabase = await openAppDatabase("palmares-api");
  client = appDatabase.client;
  routes = {
    health: await import("@/app/api/health/route"),
    editions: await import("@/app/api/v1/editions/route"),
    results: await import("@/app/api/v1/editions/[year]/results/route"),
    snapshot: await import("@/app/api/v1/editions/[year]/results/snapshot.json/route"),
  };
});

afterAll(async () => {
  await appDatabase?.close();
});

const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

function getResults(year: string) {
  const request = new Request(`http://localhost/api/v1/editions/${encodeURIComponent(year)}/results`);
  return routes.results.GET(request, { params: Promise.resolve({ year }) });
}

function getSnapshot(year: string) {
  const request = new Request(`http://localhost/api/v1/editions/${encodeURIComponent(year)}/results/snapshot.json`);
  return routes.snapshot.GET(request, { params: Promise.resolve({ year }) });
}

/** A published edition whose places were recorded out of rank order, plus entries that must not be listed. */
async function createPublishedEdition() {
  const db = client.getDb();
  const edition = await createEdition(db, { phase: "published" });
  const dk = await createNomination(db, { editionId: edition.id, countryCode: "DK", state: "awarded", title: "HopeNow" });
  const fr = await createNomination(db, { editionId: edition.id, countryCode: "FR", state: "awarded", title: "Ac.Sé" });
  const ro = await createNomination(db, { editionId: edition.id, countryCode: "RO", state: "awarded", title: "NO" });
  await createNomination(db, { editionId: edition.id, countryCode: "SE", state: "participant", title: "Participant" });
  await createNomination(db, { editionId: edition.id, countryCode: "DE", state: "draft", title: "Draft" });
  await createNomination(db, { editionId: edition.id, countryCode: "DK", kind: "additional", state: "accepted", title: "Extra" });
  await db.insert(prizes).values([
    { editionId: edition.id, rank: 1, description: "EUR 10,000" },
    { editionId: edition.id, rank: 2, description: "EUR 5,000" },
    { editionId: edition.id, rank: 3, description: "EUR 5,000" },
  ]);
  await db.insert(awards).values([
    { editionId: edition.id, rank: 2, nominationId: fr.id },
    { editionId: edition.id, rank: 3, nominationId: ro.id },
    { editionId: edition.id, rank: 1, nominationId: dk.id, juryReason: "Holistic support." },
  ]);
  return edition;
}

describe("public JSON API [pglite]", () => {
  it("reports health with the engine after a real query", async () => {
    const response = await routes.health.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
  });

  it("answers 404 with one and the same body for an unpublished edition and an unknown year", async () => {
    const unpublished = await createEdition(client.getDb(), { phase: "deliberation" });
    const dk = await createNomination(client.getDb(), { editionId: unpublished.id, countryCode: "DK", state: "awarded", title: "Secret winner" });
    await client.getDb().insert(awards).values({ editionId: unpublished.id, rank: 1, nominationId: dk.id });

    const hidden = await getResults(String(unpublished.year));
    const unknown = await getResults("2199");
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    const hiddenBody = await hidden.json();
    expect(hiddenBody).toEqual(await unknown.json());
    expect(hiddenBody).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    expect(JSON.stringify(hiddenBody)).not.toContain("Secret winner");
    // The same public header as any answer: the 404 is what every visitor gets until the reveal clears the cache.
    expect(hidden.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
  });

  it.each(["abc", "20x4", "1e3", "-5", "99999", "", "2014.5", "1989"])("answers 400 for the malformed year %j", async (year) => {
    const response = await getResults(year);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "INVALID", message: expect.stringMatching(/year/) } });
  });

  it("publishes the jury's statement, awards in rank order and every competing entry, shared-cacheable", async () => {
    const edition = await createPublishedEdition();
    await client.getDb().update(editions).set({ juryStatement: "The jury chose well." }).where(eq(editions.id, edition.id));
    const response = await getResults(String(edition.year));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=0, s-maxage=10");
    expect(response.headers.get("CDN-Cache-Control")).toBe("public, max-age=10, stale-while-revalidate=300");
    const body = await response.json();
    expect(body).toMatchObject({ year: edition.year, theme: edition.theme, presidency: { country: "IT", name: "Italy" }, juryStatement: "The jury chose well." });
    expect(body.awards).toEqual([
      { id: UUID, rank: 1, country: "DK", countryName: "Denmark", title: "HopeNow", prize: "EUR 10,000", juryReason: "Holistic support." },
      { id: UUID, rank: 2, country: "FR", countryName: "France", title: "Ac.Sé", prize: "EUR 5,000", juryReason: "" },
      { id: UUID, rank: 3, country: "RO", countryName: "Romania", title: "NO", prize: "EUR 5,000", juryReason: "" },
    ]);
    expect(body.entries.map((e: { country: string; title: string }) => [e.country, e.title])).toEqual([
      ["DK", "HopeNow"],
      ["FR", "Ac.Sé"],
      ["RO", "NO"],
      ["SE", "Participant"],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/score|juror/i);
  });

  it("publishes the sealed result's public part as the exact bytes of its published fingerprint, and 404 without a seal", async () => {
    const edition = await createPublishedEdition();
    expect((await getSnapshot(String(edition.year))).status).toBe(404);
    expect((await (await getResults(String(edition.year))).json()).seal).toBeNull();

    const admin = await createUser(client.getDb(), [{ role: "admin" }]);
    const sealed = await freezeResult({ db: client.getDb(), user: admin, editionId: edition.id });
    const body = await (await getResults(String(edition.year))).json();
    expect(body.seal).toEqual({
      publicFingerprint: sealed.publicFingerprint,
      privateFingerprint: sealed.privateFingerprint,
      sealedAt: expect.any(String),
      publishedAt: expect.any(String),
      snapshot: `/api/v1/editions/${edition.year}/results/snapshot.json`,
      verify: `/verify?year=${edition.year}`,
    });
    expect(JSON.stringify(body)).not.toMatch(/score|juror/i);

    const response = await getSnapshot(String(edition.year));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(sealed.publicFingerprint);
    expect(bytes.toString("utf8")).not.toMatch(/"(scores|sheets|jurors|value)":/);
    expect((await getSnapshot("20x4")).status).toBe(400);
  });

  it("lists public editions newest first with a published flag, and no draft", async () => {
    const db = client.getDb();
    const draft = await createEdition(db, { phase: "draft" });
    const open = await createEdition(db, { phase: "nominations_open" });
    const published = await createEdition(db, { phase: "published" });
    const response = await routes.editions.GET();
    expect(response.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.status).toBe(200);
    const { editions } = (await response.json()) as { editions: { year: number; theme: string; phase: string; published: boolean }[] };
    const years = editions.map((e) => e.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).not.toContain(draft.year);
    expect(editions.find((e) => e.year === open.year)).toEqual({ year: open.year, theme: open.theme, phase: "nominations_open", published: false });
    expect(editions.find((e) => e.year === published.year)).toEqual({ year: published.year, theme: published.theme, phase: "published", published: true });
  });
});
