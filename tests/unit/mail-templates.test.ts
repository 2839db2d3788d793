import { describe, expect, it } from "vitest";
import { checkPlaceholders as checkPlaceholderTexts, hasStrayBraces, listPlaceholders, renderPlaceholders, renderSubject } from "@/lib/domain/mail-placeholders";
import { checkTemplate, getDefaultTemplate, MAIL_TEMPLATE_KINDS, MAIL_TEMPLATE_SPECS, renderTemplatePreview } from "@/lib/mail/templates";
import { mailTemplateSchema } from "@/lib/validation/mail-template";
import { formatText, translateText } from "@/lib/i18n/server-text";
import { LOCALES } from "@/lib/i18n/locales";
import fr from "@/messages/server/fr";

/** The check's problems as the English they read. */
function checkPlaceholders(...args: Parameters<typeof checkPlaceholderTexts>): string[] {
  return checkPlaceholderTexts(...args).map((problem) => formatText(problem.template, problem.values));
}

describe("placeholders in a template", () => {
  it("are found once each, in order, with spaces inside allowed", () => {
    expect(listPlaceholders("Dear {{name}}, {{ link }} and {{name}} again, {{Bad-One}}")).toEqual(["name", "link", "Bad-One"]);
    expect(listPlaceholders("No placeholder { here }")).toEqual([]);
  });

  it("refuse an unknown name, naming it and the known ones", () => {
    expect(checkPlaceholders("Hello {{nmae}}", { allowed: ["name", "link"] })).toEqual([
      "Unknown placeholder {{nmae}}: this message knows {{name}}, {{link}}.",
    ]);
    expect(checkPlaceholders("{{a}} {{b}}", { allowed: ["name"] })[0]).toMatch(/^Unknown placeholders \{\{a\}\}, \{\{b\}\}:/);
  });

  it("refuse a text without a required one, naming it", () => {
    expect(checkPlaceholders("Dear {{name}}", { allowed: ["name", "link"], required: ["link"] })).toEqual([
      "Keep {{link}} in this text: the message is useless without it.",
    ]);
    expect(checkPlaceholders("Dear {{name}}: {{link}}", { allowed: ["name", "link"], required: ["link"] })).toEqual([]);
  });

  it("refuse braces left open", () => {
    expect(hasStrayBraces("Dear {{name}")).toBe(true);
    expect(hasStrayBraces("Dear name}}")).toBe(true);
    expect(hasStrayBraces("Dear {{name}}, {single} braces are fine")).toBe(false);
    expect(checkPlaceholders("Dear {{name", { allowed: ["name"] })).toEqual([expect.stringMatching(/^A placeholder is not closed/)]);
  });

  it("render their values, keep an unknown one as typed, and leave no run of blank lines for an empty value", () => {
    expect(renderPlaceholders("Dear {{ name }},\n\n{{note}}\n\nBye {{x}}", { name: "Ana", note: "" })).toBe("Dear Ana,\n\nBye {{x}}");
    expect(renderPlaceholders("{{a}}", { a: "$& and $1" })).toBe("$& and $1");
    expect(renderSubject("{{list}} left", { list: "- one\n- two" })).toBe("- one - two left");
  });
});

describe("the registry of edition messages", () => {
  it("has defaults in every language that pass their own check, and previews with no placeholder left", () => {
    for (const locale of LOCALES) {
      for (const kind of MAIL_TEMPLATE_KINDS) {
        const text = getDefaultTemplate(kind, locale);
        expect(checkTemplate(kind, text), `${locale} ${kind}`).toEqual({ subject: [], body: [] });
        const preview = renderTemplatePreview(kind, text, locale);
        expect(preview.subject + preview.body, `${locale} ${kind}`).not.toMatch(/\{\{/);
        for (const name of MAIL_TEMPLATE_SPECS[kind].required) expect(text.body, `${locale} ${kind}`).toContain(`{{${name}}}`);
      }
    }
  });

  it("has French defaults that use the same placeholders as the English ones", () => {
    for (const kind of MAIL_TEMPLATE_KINDS) {
      const [en, french] = [getDefaultTemplate(kind, "en"), getDefaultTemplate(kind, "fr")];
      expect(french.body, kind).not.toBe(en.body);
      expect(listPlaceholders(french.subject).sort(), kind).toEqual(listPlaceholders(en.subject).sort());
      expect(listPlaceholders(french.body).sort(), kind).toEqual(listPlaceholders(en.body).sort());
    }
  });

  it("says what is wrong with a template in French too", () => {
    const [problem] = checkPlaceholderTexts("Dear {{name", { allowed: ["name"] });
    expect(translateText(fr, problem!)).toMatch(/\{\{name\}\}/);
    expect(translateText(fr, problem!)).not.toBe(translateText(undefined, problem!));
  });

  it("refuses on save an unknown placeholder and an invitation without its link, as field messages", () => {
    const base = { editionId: 1, kind: "jury-invitation", version: 0, subject: "Join us {{edition_year}}", body: "Dear {{name}}, {{link}}" };
    expect(mailTemplateSchema.safeParse(base).success).toBe(true);
    const unknown = mailTemplateSchema.safeParse({ ...base, subject: "Join {{year}}" });
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues).toEqual([expect.objectContaining({ path: ["subject"], message: expect.stringContaining("{{year}}") })]);
    const noLink = mailTemplateSchema.safeParse({ ...base, body: "Dear {{name}}" });
    expect(noLink.error!.issues).toEqual([expect.objectContaining({ path: ["body"], message: expect.stringContaining("Keep {{link}}") })]);
  });
});
