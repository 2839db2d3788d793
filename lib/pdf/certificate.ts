/**
 * The certificate of an awarded project, as a one-page A4 landscape PDF. No database: it draws what it is given.
 * Standard fonts only (no font file to ship); text outside their WinAnsi character set is rewritten by pdf-text.ts.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { create as createQrCode } from "qrcode";
import { formatDateRange } from "../format/date-range";
import type { Locale } from "../i18n/locales";
import { getCertificateWords, type CertificateWords } from "./certificate-words";
import { toPrintableText, wrapText } from "./pdf-text";

export interface CertificateData {
  year: number;
  theme: string;
  rank: number;
  title: string;
  countryName: string;
  organisation: string;
  /** PostgreSQL `date` strings (YYYY-MM-DD). */
  ceremonyStartsOn: string;
  ceremonyEndsOn: string | null;
  ceremonyPlace: string;
  /** The sealed result's fingerprint, printed at the foot so the certificate can be checked against the record. */
  fingerprint: string | null;
  /** The fingerprint of the seal's public part, the one anyone checks on the verify page. */
  publicFingerprint: string | null;
  /** The absolute address of the verify page for this year, printed and drawn as a QR code. */
  verifyUrl: string | null;
}

/** The place as a certificate words it: "Winner", "Second place", "Third place"… ("Premier prix"… in French). */
export function getCertificatePlace(rank: number, locale: Locale = "en"): string {
  return getCertificateWords(locale).place(rank);
}

/**
 * The file name a certificate downloads as, like the score exports: "palmares-2014-certificate-winner.pdf"; the same
 * in every language, so the secretariat's files sort together.
 */
export function getCertificateFileName(year: number, rank: number): string {
  return `palmares-${year}-certificate-${getCertificatePlace(rank).toLowerCase().replace(/\s+/g, "-")}.pdf`;
}

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 72;
const BRAND = rgb(0.09, 0.24, 0.45);
const GOLD = rgb(0.6, 0.45, 0.1);
const INK = rgb(0.12, 0.12, 0.14);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  mono: PDFFont;
  supported: ReadonlySet<number>;
}

/** Draws centred lines downwards from y and returns the y below the last one. */
function drawCentred(page: PDFPage, lines: readonly string[], y: number, options: { font: PDFFont; size: number; color: RGB; leading?: number }) {
  let cursor = y;
  for (const line of lines) {
    const width = options.font.widthOfTextAtSize(line, options.size);
    page.drawText(line, { x: (PAGE.width - width) / 2, y: cursor, size: options.size, font: options.font, color: options.color });
    cursor -= options.size * (options.leading ?? 1.25);
  }
  return cursor;
}

/** The largest size from `sizes` at which the text fits in maxLines lines; the smallest size otherwise. */
function fitText(text: string, font: PDFFont, sizes: readonly number[], maxWidth: number, maxLines: number) {
  for (const size of sizes) {
    const lines = wrapText(text, maxWidth, (line) => font.widthOfTextAtSize(line, size));
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: wrapText(text, maxWidth, (line) => font.widthOfTextAtSize(line, size)) };
}

/** At most max lines; a text cut short ends with an ellipsis rather than silently losing words. */
function limitLines(lines: readonly string[], max: number): string[] {
  return lines.length <= max ? [...lines] : [...lines.slice(0, max - 1), `${lines[max - 1]}…`];
}

function getCeremonyLine(data: CertificateData, words: CertificateWords): string {
  return words.presented(formatDateRange(data.ceremonyStartsOn, data.ceremonyEndsOn, words.locale), data.ceremonyPlace.trim());
}

function drawCertificate(page: PDFPage, data: CertificateData, fonts: Fonts, words: CertificateWords) {
  const text = (value: string) => toPrintableText(value, fonts.supported);
  const width = PAGE.width - 2 * MARGIN;
  page.drawRectangle({ x: 24, y: 24, width: PAGE.width - 48, height: PAGE.height - 48, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({ x: 34, y: 34, width: PAGE.width - 68, height: PAGE.height - 68, borderColor: GOLD, borderWidth: 1 });

  let y = PAGE.height - 96;
  y = drawCentred(page, [text(words.awardYear(data.year))], y, { font: fonts.bold, size: 22, color: BRAND });
  const theme = fitText(text(words.theme(data.theme)), fonts.italic, [14, 12], width, 2);
  y = drawCentred(page, limitLines(theme.lines, 2), y - 4, { font: fonts.italic, size: theme.size, color: INK });

  y = drawCentred(page, [text(words.place(data.rank))], y - 56, { font: fonts.bold, size: 40, color: GOLD });
  y = drawCentred(page, [text(words.awardedTo)], y - 14, { font: fonts.regular, size: 14, color: INK });

  const title = fitText(text(data.title), fonts.bold, [28, 24, 20, 16], width, 2);
  y = drawCentred(page, limitLines(title.lines, 3), y - 22, { font: fonts.bold, size: title.size, color: BRAND, leading: 1.2 });
  const holder = [data.organisation.trim(), data.countryName.trim()].filter(Boolean).join(", ");
  const holderFit = fitText(text(holder), fonts.regular, [16, 13], width, 2);
  y = drawCentred(page, limitLines(holderFit.lines, 2), y - 12, { font: fonts.regular, size: holderFit.size, color: INK });

  drawCentred(page, [text(getCeremonyLine(data, words))], Math.min(y - 40, 130), { font: fonts.regular, size: 13, color: INK });
  if (data.fingerprint) {
    drawCentred(page, [text(words.sealed(data.fingerprint))], 50, { font: fonts.mono, size: 7.5, color: INK });
  }
  if (data.publicFingerprint) {
    drawCentred(page, [text(words.publicRecord(data.publicFingerprint))], 61, { font: fonts.mono, size: 7.5, color: INK });
  }
  if (data.verifyUrl) {
    drawCentred(page, [text(words.checkAt(data.verifyUrl))], 72, { font: fonts.regular, size: 8, color: INK });
    drawQrCode(page, data.verifyUrl, { right: PAGE.width - 44, bottom: 44, size: 64 });
  }
}

/** A QR code of the text drawn as squares (vector, so it prints sharp), its lower right corner at (right, bottom). */
function drawQrCode(page: PDFPage, text: string, { right, bottom, size }: { right: number; bottom: number; size: number }) {
  const { modules } = createQrCode(text, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  const left = right - size;
  page.drawRectangle({ x: left - 2 * cell, y: bottom - 2 * cell, width: size + 4 * cell, height: size + 4 * cell, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      // Rows count from the top in a QR code and from the bottom in PDF.
      page.drawRectangle({ x: left + column * cell, y: bottom + size - (row + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
    }
  }
}

/** Renders the certificate as PDF bytes, worded in the language asked (English by default). */
export async function renderCertificate(data: CertificateData, locale: Locale = "en"): Promise<Uint8Array> {
  const words = getCertificateWords(locale);
  // No automatic dates or producer: the same data gives the same file.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const fonts: Fonts = {
    regular,
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    mono: await doc.embedFont(StandardFonts.Courier),
    supported: new Set(regular.getCharacterSet()),
  };
  const page = doc.addPage([PAGE.width, PAGE.height]);
  drawCertificate(page, data, fonts, words);

  // Metadata is written as UTF-16, so it keeps the exact title whatever the fonts can draw.
  doc.setTitle(`${words.place(data.rank)} – ${words.awardYear(data.year)}`);
  doc.setSubject(`${data.title} (${data.countryName})`);
  doc.setAuthor(words.awardName);
  doc.setCreator("Palmarès");
  doc.setProducer("Palmarès (pdf-lib)");
  doc.setLanguage(locale);
  return doc.save();
}
