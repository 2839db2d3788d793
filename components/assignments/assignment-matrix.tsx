import type { AssignmentMatrix as Matrix } from "@/lib/jury/assignment-matrix";
import { AssignmentCellButton, type AssignmentCellAction } from "./assignment-cell-button";
import { CONFLICT_SOURCE_LABELS, SHEET_STATE_LABELS } from "./labels";

type Juror = Matrix["jurors"][number];
type Dossier = Matrix["dossiers"][number];

type Cell =
  | { kind: "conflict"; label: string }
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
    if (conflict) return { kind: "conflict", label: CONFLICT_SOURCE_LABELS[conflict] };
    return { kind: "open", hasExcludedSheet: sheet?.isExcluded ?? false };
  };
}

function describeJuror(juror: Juror): string {
  const notes = [juror.isChair ? "chair" : null, juror.isVoting ? null : "non-voting", juror.isActive ? null : "disabled"].filter(Boolean);
  return notes.length ? `(${notes.join(", ")})` : "";
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
  const cellOf = buildCells(matrix);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Assignments: one row per dossier, one column per juror</caption>
        <thead className="bg-slate-50 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-3">
              Dossier
            </th>
            {matrix.jurors.map((juror) => (
              <th key={juror.userId} scope="col" className="px-3 py-3">
                {juror.name}
                <span className="block text-xs font-normal text-slate-500">
                  {juror.countryName ?? juror.countryCode} {describeJuror(juror)}
                </span>
              </th>
            ))}
            <th scope="col" className="px-3 py-3">
              Jurors
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {matrix.dossiers.map((dossier) => (
            <tr key={dossier.id} className="align-top">
              <th scope="row" className="px-3 py-3 font-medium">
                {dossier.countryName}
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
                        countryName={dossier.countryName}
                        sheetState={cell.isSheetExcluded ? null : cell.sheetState}
                        action={remove}
                      />
                    )}
                    {cell.kind === "open" && assign && (
                      <AssignmentCellButton kind="assign" pair={pair} jurorName={juror.name} countryName={dossier.countryName} action={assign} />
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
              Dossiers per juror
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
  if (cell.kind === "conflict") {
    return (
      <p className="mb-1 text-amber-900">
        Conflict<span className="block text-xs text-amber-800">{cell.label}</span>
      </p>
    );
  }
  if (cell.kind === "assigned") {
    const sheet = cell.isSheetExcluded ? "Sheet excluded" : SHEET_STATE_LABELS[cell.sheetState ?? "not_started"];
    return (
      <p className="mb-1 font-medium text-slate-900">
        Assigned{cell.isManual ? " by hand" : ""}
        <span className="block text-xs font-normal text-slate-600">{sheet}</span>
      </p>
    );
  }
  return (
    <p className="mb-1 text-slate-500">
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not assigned</span>
      {cell.hasExcludedSheet && <span className="block text-xs">Sheet excluded</span>}
    </p>
  );
}
