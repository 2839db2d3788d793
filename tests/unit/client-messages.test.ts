import { readdirSync, readFileSync } from "node:fs";
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

describe("the messages sent to the browser", () => {
  it("cover every namespace a client component translates with", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap(listSourceFiles)) {
      const source = readFileSync(file, "utf8");
      if (!/^\s*["']use client["']/.test(source)) continue;
      for (const match of source.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)) used.add(match[1]!);
      // A useTranslations() with no namespace would need the whole catalogue.
      expect(source, `${path.relative(ROOT, file)} translates without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
    }
    expect([...used].filter((ns) => !(CLIENT_MESSAGE_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it("are those namespaces only, never the whole catalogue", () => {
    const picked = pickClientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES].sort());
    expect(JSON.stringify(picked)).not.toContain("Winner");
  });
});
