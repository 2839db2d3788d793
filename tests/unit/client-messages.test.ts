import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { CLIENT_MESSAGE_NAMESPACES, pickClientMessages } from "@/lib/i18n/client-messages";

const ROOT = path.join(import.meta.dirname, "..", "..");

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

describe("the messages sent to the browser", () => {
  it("cover every namespace a client component, or a file it imports, translates with", () => {
    const used = new Map<string, string>();
    const seen = new Set<string>();
    const queue = ["app", "components", "lib"].flatMap(listSourceFiles).filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)) used.set(match[1]!, path.relative(ROOT, file));
      // A useTranslations() with no namespace would need the whole catalogue.
      expect(source, `${path.relative(ROOT, file)} translates without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
      queue.push(...listImports(file, source));
    }
    const missing = [...used].filter(([ns]) => !(CLIENT_MESSAGE_NAMESPACES as readonly string[]).includes(ns));
    expect(missing.map(([ns, file]) => `${ns} (${file})`)).toEqual([]);
  });

  it("are those namespaces only, never the whole catalogue", () => {
    const picked = pickClientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES].sort());
    expect(JSON.stringify(picked)).not.toContain("Winner");
  });
});
