import { PDFDocument, PDFRawStream, StandardFonts, decodePDFRawStream } from "pdf-lib";
import { create as createQrCode } from "qrcode";
import { beforeAll, describe, expect, it } from "vitest";
import { getCertificateFileName, getCertificatePlace, renderCertificate, type CertificateData } from "@/lib/pdf/certificate";
import { toPrintableText, wrapText } from "@/lib/pdf/pdf-text";

/** WinAnsi bytes above 0x7f that differ from Latin-1 (the rest map to the same code point). */
const WIN_ANSI_SPECIALS: Record<number, string> = { 0x80: "€", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x85: "…" };

/** The text drawn on each page: the hex strings of the Tj operators, decoded from WinAnsi. */
async function extractLines(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents && "asArray" in contents ? contents.asArray() : [contents];
    for (const ref of streams) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
      for (const [, hex] of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        const bytes = hex!.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
        lines.push(bytes.map((byte) => WIN_ANSI_SPECIALS[byte] ?? String.fromCharCode(byte)).join(""));
      }
    }
  }
  return lines;
}

const HOPENOW: CertificateData = {
  year: 2014,
  theme: "prevention of trafficking in human beings",
  rank: 1,
  title: "HopeNow – Empowering trafficked people",
  countryName: "Denmark",
  organisation: "HopeNow",
  ceremonyStartsOn: "2014-12-04",
  ceremonyEndsOn: "2014-12-05",
  ceremonyPlace: "Rome",
  fingerprint: "a".repeat(64),
  publicFingerprint: "b".repeat(64),
  verifyUrl: "https://awards.example.org/verify?year=2014",
};

describe("the certificate PDF", () => {
  let winAnsi: Set<number>;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    winAnsi = new Set((await doc.embedFont(StandardFonts.Helvetica)).getCharacterSet());
  });

  it("is one A4 landscape page with the edition, the place, the project, the country and the ceremony", async () => {
    const pdf = await renderCertificate(HOPENOW);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(doc.getTitle()).toBe("Winner – European Crime Prevention Award 2014");

    const lines = await extractLines(pdf);
    expect(lines).toContain("European Crime Prevention Award 2014");
    expect(lines).toContain("Theme: prevention of trafficking in human beings");
    expect(lines).toContain("Winner");
    expect(lines.join(" ")).toContain("HopeNow – Empowering trafficked people");
    expect(lines).toContain("HopeNow, Denmark");
    expect(lines).toContain("Presented at the award ceremony in Rome, 4–5 December 2014");
    expect(lines).toContain(`Sealed result, SHA-256 fingerprint: ${"a".repeat(64)}`);
    expect(lines).toContain(`Public record, SHA-256 fingerprint: ${"b".repeat(64)}`);
    expect(lines).toContain("Check it at https://awards.example.org/verify?year=2014");
  });

  it("draws a QR code of the verify page, and none without a seal", async () => {
    // pdf-lib draws each rectangle as a path that starts with "0 0 m" in its own coordinates.
    const countSquares = async (pdf: Uint8Array) => {
      const doc = await PDFDocument.load(pdf);
      const contents = doc.getPage(0).node.Contents();
      const ref = contents && "asArray" in contents ? contents.asArray()[0] : contents;
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) throw new Error("no content stream");
      return new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode()).match(/^0 0 m$/gm)?.length ?? 0;
    };
    const sealed = await countSquares(await renderCertificate(HOPENOW));
    const unsealed = await countSquares(await renderCertificate({ ...HOPENOW, fingerprint: null, publicFingerprint: null, verifyUrl: null }));
    // One square per dark module of the verify address's code, plus its white quiet zone.
    const { modules } = createQrCode(HOPENOW.verifyUrl!, { errorCorrectionLevel: "M" });
    const darkModules = Array.from(modules.data).filter(Boolean).length;
    expect(darkModules).toBeGreaterThan(100);
    expect(sealed - unsealed).toBe(darkModules + 1);
  });

  it("prints accented titles such as Ac.Sé, and the runner-up places", async () => {
    const second = await extractLines(await renderCertificate({ ...HOPENOW, rank: 2, title: "Ac.Sé", countryName: "France", organisation: "ALC" }));
    expect(second).toContain("Ac.Sé");
    expect(second).toContain("Second place");
    expect(second).toContain("ALC, France");
    const third = await extractLines(await renderCertificate({ ...HOPENOW, rank: 3, title: "NO", countryName: "Romania", organisation: "ADPARE" }));
    expect(third).toContain("Third place");
  });

  it("is worded in French for a French ceremony, its dates too", async () => {
    const lines = await extractLines(await renderCertificate({ ...HOPENOW, rank: 2 }, "fr"));
    expect(lines).toContain("Deuxième prix");
    expect(lines).toContain("est décerné au projet");
    expect(lines.join(" ")).toContain("Remis lors de la cérémonie de remise du prix à Rome, 4–5 décembre 2014");
    expect(lines.join(" ")).not.toMatch(/awarded|Presented|Theme/);
  });

  it("renders text outside WinAnsi instead of failing: Romanian, Polish, Greek and emoji", async () => {
    const pdf = await renderCertificate({
      ...HOPENOW,
      title: "Protecția victimelor – Łódź 💡",
      organisation: "Ελληνική Αστυνομία",
      countryName: "România",
      ceremonyPlace: "Bucureşti",
      fingerprint: null,
      publicFingerprint: null,
      verifyUrl: null,
    });
    const lines = await extractLines(pdf);
    expect(lines.join(" ")).toContain("Protectia victimelor – Lódz ?");
    expect(lines.some((line) => line.includes("fingerprint"))).toBe(false);
    // â is WinAnsi and stays; Greek is not and every letter becomes "?".
    expect(lines.find((line) => line.endsWith("România"))).toMatch(/^\?+ \?+, România$/);
  });

  it("wraps a long title onto several lines rather than running off the page", async () => {
    const title = "A very long project title about the prevention of trafficking in human beings through cooperation between many partners across Europe";
    const lines = await extractLines(await renderCertificate({ ...HOPENOW, title }));
    const titleLines = lines.filter((line) => title.includes(line) && line.length > 3);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(" ")).toBe(title);
  });

  it("says the place in words and names the file after it", () => {
    expect([1, 2, 3].map((rank) => getCertificatePlace(rank))).toEqual(["Winner", "Second place", "Third place"]);
    expect([1, 2, 11].map((rank) => getCertificatePlace(rank, "fr"))).toEqual(["Premier prix", "Deuxième prix", "11e prix"]);
    expect(getCertificateFileName(2014, 1)).toBe("palmares-2014-certificate-winner.pdf");
    expect(getCertificateFileName(2014, 3)).toBe("palmares-2014-certificate-third-place.pdf");
  });

  it("keeps WinAnsi text, folds accents it lacks onto their letter, and marks the rest with ?", () => {
    expect(toPrintableText("Ac.Sé – “NO” € ø ß", winAnsi)).toBe("Ac.Sé – “NO” € ø ß");
    expect(toPrintableText("Ștefan cel Mare, Łódź, Dvořák", winAnsi)).toBe("Stefan cel Mare, Lódz, Dvorák");
    expect(toPrintableText("Αθήνα", winAnsi)).toBe("?????");
    expect(toPrintableText("  two\nlines\tand\u00a0space ", winAnsi)).toBe("two lines and space");
  });

  it("wraps words by measured width", () => {
    expect(wrapText("aa bb cc dd", 5, (line) => line.length)).toEqual(["aa bb", "cc dd"]);
    expect(wrapText("averyveryverylongword x", 5, (line) => line.length)).toEqual(["averyveryverylongword", "x"]);
  });
});
