import { describe, expect, it } from "vitest";
import { protectFormula, toCsv } from "@/lib/export/csv";

describe("toCsv", () => {
  it("writes RFC 4180: commas, CRLF line ends, quoted fields with doubled quotes, after a byte-order mark", () => {
    const csv = toCsv([
      ["Title", "Score", "Comment"],
      ['The "NO" campaign, Romania', 7, "Line one\nline two"],
      ["Plain", 8.5, ""],
    ]);
    expect(csv).toBe('\uFEFFTitle,Score,Comment\r\n"The ""NO"" campaign, Romania",7,"Line one\nline two"\r\nPlain,8.5,\r\n');
  });

  it("writes booleans as yes/no, empty values as nothing and keeps non-ASCII names", () => {
    expect(toCsv([[true, false, null, undefined, "Ac.Sé – Česko"]])).toBe("\uFEFFyes,no,,,Ac.Sé – Česko\r\n");
  });

  it("defuses text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(protectFormula("=HYPERLINK(\"http://evil.invalid\",\"x\")")).toBe("'=HYPERLINK(\"http://evil.invalid\",\"x\")");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(protectFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(protectFormula("Safe = text")).toBe("Safe = text");
    expect(toCsv([["=1+2", -3, "-cmd|' /C calc'!A0"]])).toBe("\uFEFF'=1+2,-3,'-cmd|' /C calc'!A0\r\n");
    // Quoting comes after the apostrophe, so the cell still starts with it once the CSV is read.
    expect(toCsv([["=SUM(A1,A2)"]])).toBe("\uFEFF\"'=SUM(A1,A2)\"\r\n");
  });
});
