import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { awards, nominations } from "@/db/schema";
import { PUBLIC_CACHE_CONTROL } from "@/lib/api/cache-control";
import { createEdition, createNomination } from "../fixtures/factory";
import { openAppDatabase } from "../helpers/app-database";

// Every caller here is anonymous: no session, whatever the route asks.
vi.mock("@/lib/auth/session", async () => {
  const { AppError } = await import("@/lib/errors");
  const refuse = async () => {
    throw new AppError("UNAUTHORIZED", "Please sign in.");
  };
  return { getCurrentUser: async () => null, requireUser: refuse, requirePageUser: refuse };
});

// The route handlers use the app's own getDb(), which reads the environment once: point it at a fresh PGlite first.
let appDatabase: Awaited<ReturnType<typeof openAppDatabase>> | undefined;
let client: typeof import("@/db/client");
let routes: {
  list: typeof import("@/app/api/v1/practices/route");
  entry: typeof import("@/app/api/v1/practices/[id]/route");
  openapi: typeof import("@/app/api/v1/openapi.json/route");
};

const API_DIR = path.resolve("app/api/v1");
const CORS_ORIGIN = "Access-Control-Allow-Origin";
const SECRET = "secret-contact-P7@example.org";

beforeAll(async () => {
  appDatabase = await openAppDatabase("palmares-practices-api");
  client = appDatabase.client;
  routes = {
    list: await import("@/app/api/v1/practices/route"),
    entry: await import("@/app/api/v1/practices/[id]/route"),
    openapi: await import("@/app/api/v1/openapi.json/route"),
  };
});

afterAll(async () => {
  await appDatabase?.close();
});

/** A published edition with a winner and an additional good practice, and an unpublished one with the same words. */
async function createEditions() {
  const db = client.getDb();
  const published = await createEdition(db, { phase: "published", theme: "Theme api-published" });
  const winner = await createNomination(db, { editionId: published.id, countryCode: "DK", state: "awarded", title: "Lighthouse API winner" });
  const extra = await createNomination(db, { editionId: published.id, countryCode: "FR", kind: "additional", state: "submitted", title: "Lighthouse API extra" });
  await db.update(nominations).set({ contactEmail: SECRET }).where(eq(nominations.editionId, published.id));
  await db.insert(awards).values({ editionId: published.id, rank: 1, nominationId: winner.id, juryReason: "Bright idea." });
  const embargoed = await createEdition(db, { phase: "deliberation", theme: "Theme api-embargoed", embargoAt: new Date(Date.now() - 1000) });
  const hidden = await createNomination(db, { editionId: embargoed.id, countryCode: "SE", state: "accepted", title: "Lighthouse API hidden" });
  await db.insert(awards).values({ editionId: embargoed.id, rank: 1, nominationId: hidden.id });
  return { published, winner, extra, embargoed, hidden };
}

function listPractices(query: string) {
  return routes.list.GET(new Request(`http://localhost/api/v1/practices${query}`));
}

function getPractice(id: string) {
  return routes.entry.GET(new Request(`http://localhost/api/v1/practices/${id}`), { params: Promise.resolve({ id }) });
}

function expectPublicHeaders(response: Response) {
  expect(response.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
  expect(response.headers.get("CDN-Cache-Control")).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
  expect(response.headers.get(CORS_ORIGIN)).toBe("*");
}

describe("the public API of good practices [pglite]", () => {
  it("lists the catalogue with its filters and paging, shared-cacheable and readable from any origin", async () => {
    const { published, winner, extra } = await createEditions();
    const response = await listPractices(`?q=lighthouse&year=${published.year}`);
    expect(response.status).toBe(200);
    expectPublicHeaders(response);
    const body = await response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20, pageCount: 1 });
    expect(body.items).toEqual([
      expect.objectContaining({ id: winner.id, outcome: "winner", rank: 1, country: "DK", countryName: "Denmark", page: `/practices/${winner.id}` }),
      expect.objectContaining({ id: extra.id, outcome: "good-practice", rank: null, country: "FR" }),
    ]);
    const filtered = await (await listPractices(`?year=${published.year}&country=FR&outcome=good-practice`)).json();
    expect(filtered.items.map((p: { id: string }) => p.id)).toEqual([extra.id]);
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });

  it("never serves an embargoed edition's entries: not in the list, not in its counts, not by id", async () => {
    const { embargoed, hidden } = await createEditions();
    const byYear = await (await listPractices(`?year=${embargoed.year}`)).json();
    expect(byYear).toMatchObject({ items: [], total: 0 });
    const byWords = await (await listPractices("?q=lighthouse")).json();
    expect(byWords.items.map((p: { title: string }) => p.title)).not.toContain("Lighthouse API hidden");
    const response = await getPractice(hidden.id);
    expect(response.status).toBe(404);
    const unknown = await getPractice(randomUUID());
    // One and the same answer for "not public" and "no such entry", shared-cached like any public answer.
    expect(await response.json()).toEqual(await unknown.json());
    expectPublicHeaders(response);
  });

  it("gives one entry in full, and a 404 for a malformed id", async () => {
    const { winner } = await createEditions();
    const response = await getPractice(winner.id);
    expect(response.status).toBe(200);
    expectPublicHeaders(response);
    const body = await response.json();
    expect(body).toMatchObject({ id: winner.id, title: "Lighthouse API winner", juryReason: "Bright idea.", description: "A test project.", organisation: "Test organisation" });
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect((await getPractice("not-a-uuid")).status).toBe(404);
  });

  it("answers the CORS preflight of a public GET endpoint", async () => {
    const response = await routes.list.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get(CORS_ORIGIN)).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });
});

/** Every route.ts under app/api/v1, as its OpenAPI path template ("/api/v1/editions/{year}/results"). */
async function listRouteFiles(dir = API_DIR): Promise<{ file: string; template: string }[]> {
  const found: { file: string; template: string }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listRouteFiles(full)));
    else if (entry.name === "route.ts") {
      const relative = path.relative(path.resolve("app"), path.dirname(full)).split(path.sep).join("/");
      found.push({ file: full, template: `/${relative.replace(/\[(\w+)\]/g, "{$1}")}` });
    }
  }
  return found;
}

type RouteModule = { GET?: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>; OPTIONS?: () => Promise<Response> };

describe("the OpenAPI description [pglite]", () => {
  it("is an OpenAPI 3.1 document whose every reference resolves", async () => {
    const response = await routes.openapi.GET();
    expect(response.status).toBe(200);
    expectPublicHeaders(response);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty(name);
  });

  it("describes every route handler under app/api/v1 that answers an anonymous GET, and the public ones carry CORS", async () => {
    const { published, winner } = await createEditions();
    const document = await (await routes.openapi.GET()).json();
    const described = new Set(Object.keys(document.paths));
    const params = { year: String(published.year), id: winner.id, annexId: randomUUID() };
    const answering: string[] = [];
    for (const { file, template } of await listRouteFiles()) {
      const route = (await import(file)) as RouteModule;
      if (!route.GET) continue;
      const url = `http://localhost${template.replace(/\{(\w+)\}/g, (_, name: keyof typeof params) => params[name])}`;
      const response = await route.GET(new Request(url), { params: Promise.resolve(params) });
      await response.body?.cancel();
      // A refusal to the anonymous caller is a private endpoint; anything else (a 404 included) answers the public.
      if (response.status === 401 || response.status === 403) {
        expect(described.has(template), `${template} refuses the anonymous caller but is described`).toBe(false);
        continue;
      }
      answering.push(template);
      expect(described.has(template), `${template} answers an anonymous GET (${response.status}) but is not in openapi.json`).toBe(true);
      expect(document.paths[template].get, template).toBeDefined();
      // The session endpoint reads a cookie: same-origin only. Every other public GET endpoint may be read from any site.
      if (template === "/api/v1/session") {
        expect(response.headers.get(CORS_ORIGIN), template).toBeNull();
      } else {
        expect(response.headers.get(CORS_ORIGIN), template).toBe("*");
        expect(route.OPTIONS, `${template} has no OPTIONS preflight`).toBeDefined();
      }
    }
    // And nothing described that no route answers.
    expect([...described].sort()).toEqual(answering.sort());
    expect(answering).toEqual(expect.arrayContaining(["/api/v1/practices", "/api/v1/practices/{id}", "/api/v1/openapi.json"]));
  });
});
