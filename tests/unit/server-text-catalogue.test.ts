import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_LOCALE, formatText, issueText, listTextPlaceholders, text, translateIssue, translateText } from "@/lib/i18n/server-text";
import fr from "@/messages/server/fr";

const ROOT = path.join(import.meta.dirname, "..", "..");

/**
 * Parts of the tree whose server texts are not yet templates (converted area by area); each is taken off this list
 * when its texts are. The test fails for a file outside it with an untranslated or untemplated text.
 */
const PENDING: string[] = [
];

function listSourceFiles(): string[] {
  return ["app", "components", "lib"].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
  );
}

// A string literal in double or single quotes (a template with "quotes" in it is written in single ones).
const STRING = String.raw`(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')`;
// The places a server text is written: an AppError's message, text("…", …), msg("…").
const TEMPLATE_SITES = [new RegExp(String.raw`new AppError\(\s*"[A-Z_]+",\s*` + STRING, "g"), new RegExp(String.raw`(?<![\w.])(?:text|msg)\(\s*` + STRING, "g")];
// An AppError built from a template literal cannot be looked up: it must use text() with {placeholders}.
const UNTEMPLATED = /new AppError\(\s*"[A-Z_]+",\s*`/g;
// In lib/validation, an English sentence outside msg() or text() would reach the person untranslated.
const BARE_SENTENCE = /(?<!(?:msg|text)\(\s*)"([A-Z][^"\n]{6,}[.?!:])"|`([A-Z$][^`\n]{6,}[.?!])`/g;

/** The text of a matched literal, its escapes undone. */
function readLiteral(match: RegExpMatchArray): string {
  const body = match[1] ?? match[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"');
  return JSON.parse(`"${body}"`) as string;
}

function readTemplates() {
  const found = new Map<string, string>();
  const problems: string[] = [];
  for (const file of listSourceFiles()) {
    if (PENDING.some((prefix) => file.startsWith(prefix))) continue;
    const source = readFileSync(path.join(ROOT, file), "utf8");
    for (const site of TEMPLATE_SITES) for (const match of source.matchAll(site)) found.set(readLiteral(match), file);
    const untemplated = source.match(UNTEMPLATED)?.length ?? 0;
    if (untemplated > 0) problems.push(`${file}: ${untemplated} AppError message(s) from a template literal (use text() with {placeholders})`);
    if (file.startsWith("lib/validation/")) {
      for (const match of source.matchAll(BARE_SENTENCE)) problems.push(`${file}: "${match[1] ?? match[2]}" is not wrapped in msg() or text()`);
    }
  }
  return { found, problems };
}

describe("the server's texts", () => {
  const { found, problems } = readTemplates();

  it("are all templates the catalogue can look up", () => {
    expect(problems).toEqual([]);
  });

  it("each have a French translation with the same placeholders", () => {
    const missing = [...found].filter(([template]) => !(template in fr)).map(([template, file]) => `${file}: ${template}`);
    expect(missing).toEqual([]);
    const mismatched = [...found.keys()]
      .filter((template) => template in fr && listTextPlaceholders(template).join() !== listTextPlaceholders(fr[template]!).join())
      .map((template) => `${template} → ${fr[template]}`);
    expect(mismatched).toEqual([]);
  });

  it("has no French translation of a template the source no longer says, nor an empty one", () => {
    expect(Object.keys(fr).filter((template) => !found.has(template) && PENDING.length === 0)).toEqual([]);
    expect(Object.entries(fr).filter(([, french]) => french.trim() === "")).toEqual([]);
  });
});

describe("translateText", () => {
  const catalogue = { "At most {max} criteria.": "Au plus {max} critères." };

  it("fills the template of the language, or the English one when it has none", () => {
    expect(translateText(catalogue, text("At most {max} criteria.", { max: 12 }))).toBe("Au plus 12 critères.");
    expect(translateText(undefined, text("At most {max} criteria.", { max: 12 }))).toBe("At most 12 criteria.");
    expect(translateText(catalogue, "Unknown here.")).toBe("Unknown here.");
  });

  it("says a moment in the reader's language, in the edition's zone", () => {
    const deadline = text("The jury deadline ({deadline}) has passed.", { deadline: { moment: new Date("2026-09-30T21:59:00Z"), timeZone: "Europe/Brussels" } });
    const french = { "The jury deadline ({deadline}) has passed.": "La date limite du jury ({deadline}) est passée.", [CATALOGUE_LOCALE]: "fr" as const };
    expect(translateText(undefined, deadline)).toContain("30 September 2026");
    expect(translateText(french, deadline)).toMatch(/^La date limite du jury \(30 septembre 2026 .*23:59.*\) est passée\.$/);
  });

  it("leaves a placeholder without a value as written", () => {
    expect(formatText("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("translates a zod issue through the template it carries", () => {
    const issue = { code: "custom", ...issueText(text("At most {max} criteria.", { max: 3 })) };
    expect(issue.message).toBe("At most 3 criteria.");
    expect(translateIssue(catalogue, issue)).toBe("Au plus 3 critères.");
  });
});

describe("an action's failure in French", () => {
  it("translates an AppError's template with its values, and each field's zod messages", async () => {
    const { z } = await import("zod");
    const { AppError } = await import("@/lib/errors");
    const { toActionFailure } = await import("@/lib/actions/result");
    const catalogue = {
      "Place {place} is still tied.": "La place {place} est encore à égalité.",
      "Enter the title.": "Saisissez le titre.",
      "{n} words over.": "{n} mots de trop.",
      "Please correct the highlighted fields.": "Veuillez corriger les champs signalés.",
    };
    const refused = toActionFailure(new AppError("CONFLICT", text("Place {place} is still tied.", { place: 2 })), catalogue);
    expect(refused.message).toBe("La place 2 est encore à égalité.");
    expect(toActionFailure(new AppError("CONFLICT", text("Place {place} is still tied.", { place: 2 })))).toMatchObject({ message: "Place 2 is still tied." });

    const schema = z.object({
      title: z.string().min(1, "Enter the title."),
      answer: z.string().superRefine((_, ctx) => ctx.addIssue({ code: "custom", ...issueText(text("{n} words over.", { n: 4 })) })),
    });
    const parsed = schema.safeParse({ title: "", answer: "x" });
    expect(toActionFailure(parsed.error, catalogue)).toMatchObject({
      message: "Veuillez corriger les champs signalés.",
      fieldErrors: { title: ["Saisissez le titre."], answer: ["4 mots de trop."] },
    });
  });
});
