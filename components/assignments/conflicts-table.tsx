import { formatEditionMoment } from "@/lib/format/edition-time";
import type { EditionConflict } from "@/lib/jury/conflict-queries";
import { CONFLICT_SOURCE_LABELS } from "./labels";
import { DataTable } from "@/components/ui/data-table";

/** Every conflict of interest of an edition with its source, reason and when it was recorded. */
export function ConflictsTable({ conflicts, timeZone }: { conflicts: readonly EditionConflict[]; timeZone: string }) {
  return (
    <DataTable caption="Conflicts of interest of this edition" columns={["Juror", "Dossier", "Source", "Reason", "Recorded"]}>
          {conflicts.map((conflict) => (
            <tr key={conflict.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                {conflict.jurorName}
                {conflict.jurorCountryName && <span className="block text-xs font-normal text-slate-500">{conflict.jurorCountryName}</span>}
              </th>
              <td className="px-4 py-3">
                {conflict.nominationCountryName}
                <span className="block text-xs text-slate-500">{conflict.nominationTitle}</span>
              </td>
              <td className="px-4 py-3">{CONFLICT_SOURCE_LABELS[conflict.source]}</td>
              <td className="px-4 py-3">{conflict.reason || "—"}</td>
              <td className="px-4 py-3">
                {formatEditionMoment(conflict.createdAt, timeZone)}
                {conflict.createdByName && <span className="block text-xs text-slate-500">by {conflict.createdByName}</span>}
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
