import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPdfProblem, MAX_ANNEX_BYTES, toAttachmentDisposition, toInlineDisposition, toSafePdfFileName } from "@/lib/domain/pdf-file";

const encode = (text: string) => new TextEncoder().encode(text);
const MINIMAL_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

describe("findPdfProblem", () => {
  it("accepts a PDF that starts with %PDF- and ends with %%EOF, with or without trailing whitespace", () => {
    expect(findPdfProblem(encode(MINIMAL_PDF))).toBeNull();
    expect(findPdfProblem(encode("%PDF-1.7\n%%EOF"))).toBeNull();
    expect(findPdfProblem(encode(`%PDF-2.0\n%%EOF${"\r\n".repeat(200)}`))).toBeNull();
  });

  it("refuses an empty file as empty", () => {
    expect(findPdfProblem(new Uint8Array())).toBe("empty");
  });

  it.each([
    ["an HTML page renamed .pdf", "<!doctype html><html><body>%PDF-1.4</body></html>\n%%EOF"],
    ["a PNG", "\x89PNG\r\n\x1a\n%%EOF"],
    ["plain text", "Project report\n%%EOF"],
    ["a PDF header after a byte-order mark", "\uFEFF%PDF-1.4\n%%EOF"],
    ["a PDF header after leading whitespace", " %PDF-1.4\n%%EOF"],
    ["a lower-case header", "%pdf-1.4\n%%EOF"],
    ["a header shorter than the magic bytes", "%PDF"],
  ])("refuses %s as not a PDF", (_name, text) => {
    expect(findPdfProblem(encode(text))).toBe("notPdf");
  });

  it("refuses a PDF whose end-of-file marker is missing or far from the end as truncated", () => {
    expect(findPdfProblem(encode("%PDF-1.4\n1 0 obj << >> endobj\n"))).toBe("truncated");
    expect(findPdfProblem(encode(`%PDF-1.4\n%%EOF\n${"x".repeat(2000)}`))).toBe("truncated");
  });

  it("refuses a file one byte over the limit and takes one exactly at it", () => {
    const limit = 64;
    const atLimit = encode(`%PDF-1.4\n${" ".repeat(limit - 15)}%%EOF\n`);
    expect(atLimit.length).toBe(limit);
    expect(findPdfProblem(atLimit, limit)).toBeNull();
    expect(findPdfProblem(encode(`%PDF-1.4\n${" ".repeat(limit - 14)}%%EOF\n`), limit)).toBe("tooLarge");
    expect(MAX_ANNEX_BYTES).toBe(10 * 1024 * 1024);
  });
});

describe("toSafePdfFileName", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["Report.PDF", "Report.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"],
    ["C:\\Users\\Anna\\Documents\\Evaluation 2025.pdf", "Evaluation 2025.pdf"],
    ["/var/www/../annex.pdf", "annex.pdf"],
    ["dossier/", "annex.pdf"],
    ["..", "annex.pdf"],
    ["", "annex.pdf"],
    ["   ", "annex.pdf"],
    [".hidden.pdf", "hidden.pdf"],
    ["notes.html", "notes.html.pdf"],
    ["report.pdf.exe", "report.pdf.exe.pdf"],
    ["line\nbreak\u0000.pdf", "line break.pdf"],
    ["tab\tand  spaces .pdf", "tab and spaces.pdf"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe.pdf"],
    ['quote"and<angle>|pipe?.pdf', "quoteandanglepipe.pdf"],
    ["Évaluation – Ελληνικά.pdf", "Évaluation – Ελληνικά.pdf"],
  ])("turns %j into %j", (raw, expected) => {
    expect(toSafePdfFileName(raw)).toBe(expected);
  });

  it("keeps at most 100 characters before the extension without splitting a character", () => {
    expect(toSafePdfFileName(`${"a".repeat(300)}.pdf`)).toBe(`${"a".repeat(100)}.pdf`);
    const emoji = toSafePdfFileName("😀".repeat(150));
    expect(Array.from(emoji.replace(/\.pdf$/, ""))).toHaveLength(100);
    expect(emoji.isWellFormed()).toBe(true);
  });

  it("always gives a short, single-segment .pdf name without control characters, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (raw) => {
        const safe = toSafePdfFileName(raw);
        expect(safe.endsWith(".pdf")).toBe(true);
        expect(safe).not.toMatch(/[/\\\u0000-\u001f\u007f]/);
        expect(safe.startsWith(".")).toBe(false);
        expect(Array.from(safe).length).toBeLessThanOrEqual(104);
        expect(toSafePdfFileName(safe)).toBe(safe);
      }),
    );
  });
});

describe("toAttachmentDisposition", () => {
  it("gives an attachment with a quoted ASCII name and the exact UTF-8 name", () => {
    expect(toAttachmentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(toAttachmentDisposition("Évaluation (final) 100%.pdf")).toBe(
      `attachment; filename="Evaluation (final) 100_.pdf"; filename*=UTF-8''%C3%89valuation%20%28final%29%20100%25.pdf`,
    );
  });

  it("cannot be broken out of by quotes, semicolons or line breaks in the stored name", () => {
    const header = toAttachmentDisposition('a";\r\nSet-Cookie: x=1; b.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
  });
});

describe("toInlineDisposition", () => {
  it("shows the file in place under the same safe name as the download", () => {
    expect(toInlineDisposition("report.pdf")).toBe(`inline; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(toInlineDisposition('Évaluation "finale".pdf')).toBe(toAttachmentDisposition('Évaluation "finale".pdf').replace(/^attachment/, "inline"));
  });
});
