/**
 * The full scores of an edition for the record: a CSV with one row per juror × dossier × criterion, and a
 * workbook (exceljs, a well-kept library instead of hand-written XLSX) with the ranking as its summary sheet,
 * the same score rows and the jurors' normalisation. Cells are written as values, never as formulas.
 */
import ExcelJS from "exceljs";
import type { ScoreExport, ScoreExportRow } from "../scoring/score-export";
import { BASIS_LABELS, describeNormalisation, describePlaceDecision } from "../domain/ranking-labels";
import { toCsv, type CsvValue } from "./csv";
import { describeTieBreakChain } from "../domain/tie-break-words";

export const SCORE_COLUMNS = [
  "Edition",
  "Country",
  "Title",
  "Juror",
  "Juror country",
  "Criterion",
  "Weight",
  "Score",
  "Comment",
  "Sheet submitted at (UTC)",
  "Excluded",
  "Counted in ranking",
] as const;

function toScoreCells(row: ScoreExportRow): CsvValue[] {
  return [
    row.year,
    row.countryName,
    row.title,
    row.jurorName,
    row.jurorCountryName,
    `${row.criterionPosition}. ${row.criterionTitle}`,
    row.weight,
    row.score,
    row.comment,
    row.submittedAt ? row.submittedAt.toISOString() : "",
    row.isExcluded,
    row.isCounted,
  ];
}

/** The score rows as CSV text, header first. */
export function buildScoresCsv(rows: readonly ScoreExportRow[]): string {
  return toCsv([[...SCORE_COLUMNS], ...rows.map(toScoreCells)]);
}

export const RANKING_COLUMNS = [
  "Place",
  "Country",
  "Title",
  "Raw mean",
  "Raw rank",
  "Raw place",
  "Normalised score",
  "Normalised rank",
  "Normalised place",
  "Median",
  "Standard deviation",
  "Min",
  "Max",
  "Sheets",
  "Strong disagreement",
  "How the place was decided",
] as const;

/** The ranking's rows, in the order of the edition's official ranking. */
export function buildRankingRows({ record, deciderRoles }: Pick<ScoreExport, "record" | "deciderRoles">): CsvValue[][] {
  const { result } = record;
  const official = result[result.officialBasis];
  const nominationById = new Map(record.nominations.map((n) => [n.id, n]));
  const dossierById = new Map(result.dossiers.map((d) => [d.nominationId, d]));
  const rawById = new Map(result.raw.entries.map((e) => [e.nominationId, e]));
  const normalisedById = new Map(result.normalised.entries.map((e) => [e.nominationId, e]));
  return official.entries.map((entry) => {
    const nomination = nominationById.get(entry.nominationId);
    const dossier = dossierById.get(entry.nominationId)!;
    const raw = rawById.get(entry.nominationId)!;
    const normalised = normalisedById.get(entry.nominationId)!;
    return [
      entry.place,
      nomination?.countryName ?? "",
      nomination?.title ?? "",
      dossier.raw.mean,
      raw.rank,
      raw.place,
      dossier.normalised.mean,
      normalised.rank,
      normalised.place,
      dossier.raw.median,
      dossier.raw.standardDeviation,
      dossier.raw.min,
      dossier.raw.max,
      dossier.raw.sheetCount,
      dossier.isSpreadFlagged,
      describePlaceDecision(entry.decidedBy, deciderRoles),
    ];
  });
}

function addSheet(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly CsvValue[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => (typeof value === "boolean" ? (value ? "yes" : "no") : (value ?? ""))));
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(10, header[index]!.length + 2));
  });
  return sheet;
}

/** The workbook: "Ranking" (the summary), "Scores" (one row per juror × dossier × criterion) and "Jurors". */
export async function buildScoresWorkbook(data: ScoreExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Palmarès";
  const { result } = data.record;
  const ranking = addSheet(workbook, "Ranking", RANKING_COLUMNS, buildRankingRows(data));
  ranking.addRow([]);
  ranking.addRow([`Official ranking: ${BASIS_LABELS[result.officialBasis].toLowerCase()}. Tie-breaks: ${result.tieBreakChain.length > 0 ? describeTieBreakChain(result.tieBreakChain) : "none"}.`]);

  addSheet(workbook, "Scores", SCORE_COLUMNS, data.rows.map(toScoreCells));

  const jurorById = new Map(data.record.jurors.map((j) => [j.id, j]));
  addSheet(
    workbook,
    "Jurors",
    ["Juror", "Country", "Sheets counted", "Mean", "Standard deviation", "Normalisation"],
    result.jurors.map((j) => [
      jurorById.get(j.jurorId)?.name ?? `Juror ${j.jurorId}`,
      jurorById.get(j.jurorId)?.countryName ?? "",
      j.sheetCount,
      j.mean,
      j.standardDeviation,
      describeNormalisation(j.fallback),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
