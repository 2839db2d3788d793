import { describe, expect, it } from "vitest";
import { pickAcceptedLocale, resolveLocale, resolvePublicLocale, withLocaleParam } from "@/lib/i18n/locales";

describe("resolveLocale", () => {
  it("takes the person's choice first, then the cookie, then the browser, then English", () => {
    expect(resolveLocale({ userLocale: "fr", cookieLocale: "en", acceptLanguage: "en" })).toBe("fr");
    expect(resolveLocale({ userLocale: null, cookieLocale: "fr", acceptLanguage: "en" })).toBe("fr");
    expect(resolveLocale({ userLocale: "en", cookieLocale: "fr" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-BE,fr;q=0.9,en;q=0.8" })).toBe("fr");
    expect(resolveLocale({ acceptLanguage: "de-DE,de;q=0.9" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });

  it("ignores a value that is no supported language", () => {
    expect(resolveLocale({ userLocale: "xx", cookieLocale: "FR; injected", acceptLanguage: "fr" })).toBe("fr");
  });
});

describe("pickAcceptedLocale", () => {
  it("follows the q weights, not the order, and skips q=0", () => {
    expect(pickAcceptedLocale("en;q=0.5, fr;q=0.9")).toBe("fr");
    expect(pickAcceptedLocale("fr;q=0, en")).toBe("en");
    expect(pickAcceptedLocale("de, fr-CA")).toBe("fr");
    expect(pickAcceptedLocale("")).toBeUndefined();
  });
});

describe("resolvePublicLocale", () => {
  it("takes ?lang= over the cookie and never the browser's header", () => {
    expect(resolvePublicLocale({ langParam: "en", cookieLocale: "fr" })).toBe("en");
    expect(resolvePublicLocale({ langParam: "fr" })).toBe("fr");
    expect(resolvePublicLocale({ langParam: "zz", cookieLocale: "fr" })).toBe("fr");
    expect(resolvePublicLocale({})).toBe("en");
  });
});

describe("withLocaleParam", () => {
  it("keeps English on the plain URL and names another language, keeping the other parameters", () => {
    expect(withLocaleParam("/results/2014?lang=fr", "en")).toBe("/results/2014");
    expect(withLocaleParam("/archive", "fr")).toBe("/archive?lang=fr");
    expect(withLocaleParam("/archive?page=2#top", "fr")).toBe("/archive?page=2&lang=fr#top");
  });
});
