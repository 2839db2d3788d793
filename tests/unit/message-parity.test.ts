import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import fr from "@/messages/fr";
import { compareCatalogues, listPlaceholders } from "@/lib/i18n/message-parity";

describe("the English and French catalogues", () => {
  it("have the same keys, nested ones included, with the same placeholders", () => {
    expect(compareCatalogues(en, fr, ["en", "fr"])).toEqual([]);
  });

  it("have no empty message", () => {
    const isEmpty = (tree: object): boolean => Object.values(tree).some((v) => (typeof v === "string" ? v.trim() === "" : isEmpty(v)));
    expect(isEmpty(en)).toBe(false);
    expect(isEmpty(fr)).toBe(false);
  });
});

describe("compareCatalogues", () => {
  it("names a key that one language has and the other lacks, at any depth", () => {
    const problems = compareCatalogues({ a: { b: "B", c: { d: "D" } } }, { a: { b: "B'", e: "E" } }, ["en", "fr"]);
    expect(problems).toEqual(["a.c.d: only in en", "a.e: only in fr"]);
  });

  it("names a message whose placeholders differ, inside plural branches and tags too", () => {
    const problems = compareCatalogues(
      { a: "{count, plural, one {# day} other {# days}} for {name}", b: "<b>{name}</b>", c: "{when, date}" },
      { a: "{count, plural, one {# jour} other {# jours}} pour {nom}", b: "{name}", c: "{when, date}" },
      ["en", "fr"],
    );
    expect(problems).toEqual([
      "a: placeholders {count:plural, name} in en, {count:plural, nom} in fr",
      "b: placeholders {<b>, name} in en, {name} in fr",
    ]);
  });

  it("reads an argument used only in one plural branch", () => {
    expect(listPlaceholders("{n, plural, one {one for {who}} other {many}}")).toEqual(["n:plural", "who"]);
  });
});
