import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/db/seed/countries";
import { regionCode } from "@/db/seed/scale-plan";
import { chooseFlag, FLAG_CODES } from "@/lib/format/flag";

describe("chooseFlag", () => {
  it("gives the image of an ISO code, whatever its case or the padding a char(2) column may carry", () => {
    expect(chooseFlag("DK")).toEqual({ kind: "image", src: "/flags/dk.svg" });
    expect(chooseFlag("gb")).toEqual({ kind: "image", src: "/flags/gb.svg" });
    expect(chooseFlag(" ro ")).toEqual({ kind: "image", src: "/flags/ro.svg" });
  });

  it("gives a badge with the code for the scale seed's made-up regions, never an image", () => {
    for (const index of [0, 1, 255, 256, 65_535]) {
      const code = regionCode(index);
      expect(chooseFlag(code)).toEqual({ kind: "badge", label: code });
    }
  });

  it("gives a badge for codes the package has no flag for, and for what is not a two-letter code", () => {
    expect(chooseFlag("ZZ")).toEqual({ kind: "badge", label: "ZZ" });
    // The package's own placeholder for an unknown flag is a blank box: the badge says more.
    expect(chooseFlag("XX")).toEqual({ kind: "badge", label: "XX" });
    expect(chooseFlag("D1")).toEqual({ kind: "badge", label: "D1" });
    expect(chooseFlag(" DNK ")).toEqual({ kind: "badge", label: "DNK" });
    expect(chooseFlag("")).toEqual({ kind: "badge", label: "?" });
    expect(chooseFlag("🇩🇰")).toMatchObject({ kind: "badge" });
    // A path is never built from what is not a known code.
    expect(chooseFlag("../")).toMatchObject({ kind: "badge" });
  });

  it("knows exactly the two-letter flags the installed flag-icons package ships", () => {
    const packaged = JSON.parse(readFileSync("node_modules/flag-icons/country.json", "utf8")) as { code: string }[];
    const twoLetter = packaged.map((c) => c.code).filter((code) => /^[a-z]{2}$/.test(code) && code !== "xx");
    expect([...FLAG_CODES].sort()).toEqual(twoLetter.sort());
    // Every member state the app seeds, and the former one, has a flag.
    for (const { code } of COUNTRIES) expect(chooseFlag(code).kind, code).toBe("image");
  });
});
