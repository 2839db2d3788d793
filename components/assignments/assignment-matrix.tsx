import { useLocale, useTranslations } from "next-intl";
import type { AssignmentMatrix as Matrix } from "@/lib/jury/assignment-matrix";
import { AssignmentCellButton, type AssignmentCellAction } from "./assignment-cell-button";
import type { Conflict } from "@/db/schema";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";

type Juror = Matrix["jurors"][number];
type Dossier = Matrix["dossiers"][number];

type Cell =
  | { kind: "conflict"; source: Conflict["source"] }
  | { kind: "assigned"; isManual: boolean; sheetState: "draft" | "submitted" | null; isSheetExcluded: boolean }
  | { kind: "open"; hasExcludedSheet: boolean };

const pairKey = (jurorUserId: number, nominationId: string) => `${jurorUserId}|${nominationId}`;

/** What one juror × dossier cell holds; an own-country pair is a conflict even before generation records it. */
function buildCells(matrix: Matrix) {
  const conflicts = new Map(matrix.conflicts.map((c) => [pairKey(c.jurorUserId, c.nominationId), c.source]));
  const assigned = new Map(matrix.assignments.map((a) => [pairKey(a.jurorUserId, a.nominationId), a.source]));
  const sheets = new Map(matrix.sheets.map((s) => [pairKey(s.jurorUserId, s.nominationId), s]));
  return (juror: Juror, dossier: Dossier): Cell => {
    const key = pairKey(juror.userId, dossier.id);
    const conflict = conflicts.get(key) ?? (juror.countryCode === dossier.countryCode ? "own_country" : undefined);
    const sheet = sheets.get(key);
    const source = assigned.get(key);
    if (source) {
      return { kind: "assigned", isManual: source === "manual", sheetState: sheet?.state ?? null, isSheetExcluded: sheet?.isExcluded ?? false };
    }
    if (conflict) return { kind: "conflict", source: conflict };
    return { kind: "open", hasExcludedSheet: sheet?.isExcluded ?? false };
  };
}


/**
 * The assignment matrix: dossiers down, jurors across. Each cell says assigned (with the sheet's state), conflict
 * (with its source) or —, and, while changes are allowed, offers Assign or Remove. It shows one page of each axis;
 * the Jurors column and the Dossiers per juror row count the whole edition.
 */
export function AssignmentMatrix({
  matrix,
  editionId,
  assign,
  remove,
}: {
  matrix: Matrix;
  editionId: number;
  /** Given only while assignments may change. */
  assign?: AssignmentCellAction;
  remove?: AssignmentCellAction;
}) {
  const t = useTranslations("juryAdmin.matrix");
  const locale = useLocale() as Locale;
  const country = (code: string | null, name: string | null) => (code && name ? formatCountryName(code, name, locale) : (name ?? code ?? ""));
  // The juror's notes in words: chair, non-voting, disabled.
  const describeJuror = (juror: Juror) => {
    const notes = [juror.isChair ? t("chair") : null, juror.isVoting ? null : t("nonVoting"), juror.isActive ? null : t("disabled")].filter(Boolean);
    return notes.length ? `(${notes.join(", ")})` : "";
  };
  const cellOf = buildCells(matrix);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-3">
              {t("dossier")}
            </th>
            {matrix.jurors.map((juror) => (
              <th key={juror.userId} scope="col" className="px-3 py-3">
                {juror.name}
                <span className="block text-xs font-normal text-slate-500">
                  {country(juror.countryCode, juror.countryName)} {describeJuror(juror)}
                </span>
              </th>
            ))}
            <th scope="col" className="px-3 py-3">
              {t("jurors")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {matrix.dossiers.map((dossier) => (
            <tr key={dossier.id} className="align-top">
              <th scope="row" className="px-3 py-3 font-medium">
                {country(dossier.countryCode, dossier.countryName)}
                <span className="block max-w-64 text-xs font-normal text-slate-500">{dossier.title}</span>
              </th>
              {matrix.jurors.map((juror) => {
                const cell = cellOf(juror, dossier);
                const pair = { editionId, jurorUserId: juror.userId, nominationId: dossier.id };
                return (
                  <td key={juror.userId} className="px-3 py-3" data-cell={cell.kind}>
                    <MatrixCell cell={cell} />
                    {cell.kind === "assigned" && remove && (
                      <AssignmentCellButton
                        kind="remove"
                        pair={pair}
                        jurorName={juror.name}
                        countryName={country(dossier.countryCode, dossier.countryName)}
                        sheetState={cell.isSheetExcluded ? null : cell.sheetState}
                        action={remove}
                      />
                    )}
                    {cell.kind === "open" && assign && (
                      <AssignmentCellButton kind="assign" pair={pair} jurorName={juror.name} countryName={country(dossier.countryCode, dossier.countryName)} action={assign} />
                    )}
                  </td>
                );
              })}
              <td className="px-3 py-3 tabular-nums">{dossier.jurorCount}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-300 bg-slate-50">
          <tr>
            <th scope="row" className="px-3 py-3">
              {t("perJuror")}
            </th>
            {matrix.jurors.map((juror) => (
              <td key={juror.userId} className="px-3 py-3 tabular-nums">
                {juror.dossierCount}
              </td>
            ))}
            <td className="px-3 py-3 tabular-nums">{matrix.assignedCount}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function MatrixCell({ cell }: { cell: Cell }) {
  const t = useTranslations("juryAdmin");
  if (cell.kind === "conflict") {
    return (
      <p className="mb-1 text-amber-900">
        {t("matrix.conflict")}
        <span className="block text-xs text-amber-800">{t(`conflictSource.${cell.source}`)}</span>
      </p>
    );
  }
  if (cell.kind === "assigned") {
    const sheet = cell.isSheetExcluded ? t("matrix.sheetExcluded") : t(`sheetState.${cell.sheetState ?? "not_started"}`);
    return (
      <p className="mb-1 font-medium text-slate-900">
        {cell.isManual ? t("matrix.assignedByHand") : t("matrix.assigned")}
        <span className="block text-xs font-normal text-slate-600">{sheet}</span>
      </p>
    );
  }
  return (
    <p className="mb-1 text-slate-500">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t("matrix.notAssigned")}</span>
      {cell.hasExcludedSheet && <span className="block text-xs">{t("matrix.sheetExcluded")}</span>}
    </p>
  );
}
