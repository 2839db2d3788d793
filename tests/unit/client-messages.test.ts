import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import { CLIENT_MESSAGE_NAMESPACES, pickClientMessages, type ClientArea } from "@/lib/i18n/client-messages";

const ROOT = path.join(import.meta.dirname, "..", "..");
const AREA_DIRS: Record<ClientArea, string> = {
  public: "app/(public)",
  coordinator: "app/coordinator",
  jury: "app/jury",
  juryDeliberation: "app/jury/deliberation",
  admin: "app/admin",
  ceremony: "app/ceremony",
};

/** An area's own files: those of an area nested inside it (the jury's deliberation) are that area's. */
function listAreaFiles(area: ClientArea): string[] {
  const dir = AREA_DIRS[area];
  const nested = Object.values(AREA_DIRS).filter((other) => other !== dir && other.startsWith(`${dir}/`));
  return listSourceFiles(dir).filter((file) => !nested.some((inner) => path.relative(ROOT, file).startsWith(`${inner}/`)));
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The project files a source file imports ("@/…" or relative), as paths. */
function listImports(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/from\s+["']((?:@\/|\.{1,2}\/)[^"']+)["']/g)) {
    const spec = match[1]!;
    const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(file), spec);
    const candidate = [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")].find((p) => existsSync(p));
    if (candidate) found.push(candidate);
  }
  return found;
}

/**
 * The namespaces the browser translates with on the pages reached from these files: useTranslations in a client
 * file ("use client", or imported by one), following every import from the pages down.
 */
function listClientNamespaces(entries: string[]): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entries.map((file) => ({ file, isClient: false }));
  while (queue.length > 0) {
    const { file, isClient: parentIsClient } = queue.pop()!;
    const source = readFileSync(file, "utf8");
    const isClient = parentIsClient || /^\s*["']use client["']/.test(source);
    const key = `${file}:${isClient}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isClient) {
      for (const match of source.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)) used.set(match[1]!, path.relative(ROOT, file));
      // A useTranslations() with no namespace would need the whole catalogue.
      expect(source, `${path.relative(ROOT, file)} translates without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
    }
    queue.push(...listImports(file, source).map((next) => ({ file: next, isClient })));
  }
  return used;
}

const isInArea = (file: string) => Object.values(AREA_DIRS).some((dir) => path.relative(ROOT, file).startsWith(`${dir}/`));

describe("the messages sent to the browser", () => {
  it("cover, on every page outside the areas, each namespace its client components translate with", () => {
    const entries = listSourceFiles("app").filter((file) => !isInArea(file));
    const missing = [...listClientNamespaces(entries)].filter(([ns]) => !(CLIENT_MESSAGE_NAMESPACES.root as readonly string[]).includes(ns));
    expect(missing.map(([ns, file]) => `${ns} (${file})`)).toEqual([]);
  });

  for (const area of Object.keys(AREA_DIRS) as ClientArea[]) {
    it(`cover, in the ${area} area, each namespace its client components translate with`, () => {
      const sent: readonly string[] = [...CLIENT_MESSAGE_NAMESPACES.root, ...CLIENT_MESSAGE_NAMESPACES[area]];
      const missing = [...listClientNamespaces(listAreaFiles(area))].filter(([ns]) => !sent.includes(ns));
      expect(missing.map(([ns, file]) => `${ns} (${file})`)).toEqual([]);
    });
  }

  it("are those namespaces only, never the whole catalogue", () => {
    const picked = pickClientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES.root].sort());
    expect(JSON.stringify(picked)).not.toContain("Winner");
  });

  it("leave the deliberation's messages out of a juror's dossier pages", () => {
    expect(Object.keys(pickClientMessages(en, "jury"))).not.toContain("deliberation");
    expect(Object.keys(pickClientMessages(en, "juryDeliberation"))).toContain("deliberation");
  });

  it("never carry the ceremony's reveal words to the ceremony's screens", () => {
    expect(JSON.stringify(pickClientMessages(en, "ceremony"))).not.toMatch(/Winner|Runner-up/);
  });
});
