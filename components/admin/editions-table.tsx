import Link from "next/link";
import type { NominationCounts } from "@/lib/editions/queries";
import type { Phase } from "@/lib/domain/phases";
import { PhaseBadge } from "./phase-badge";
import { STATE_ORDER } from "./state-labels";
import { STATE_LABELS } from "@/components/nomination-labels";
import { DataTable } from "@/components/ui/data-table";

export interface EditionListItem {
  year: number;
  theme: string;
  phase: Phase;
  presidencyCountryName: string;
  counts: NominationCounts;
}

function NominationCountsCell({ counts }: { counts: NominationCounts }) {
  const present = STATE_ORDER.filter((state) => counts[state] > 0);
  if (present.length === 0) return <span className="text-slate-500">None yet</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {present.map((state) => (
        <li key={state}>
          <span className="font-semibold">{counts[state]}</span> {STATE_LABELS[state].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}

/** The secretariat's list of editions, each linking to its page. */
export function EditionsTable({ editions }: { editions: readonly EditionListItem[] }) {
  return (
    <DataTable caption="Editions, newest first" columns={["Year", "Theme", "Phase", "Nominations"]}>
          {editions.map((edition) => (
            <tr key={edition.year}>
              <th scope="row" className="px-4 py-3 font-semibold">
                <Link href={`/admin/editions/${edition.year}`} className="text-brand-700 hover:underline">
                  {edition.year}
                </Link>
              </th>
              <td className="px-4 py-3">
                {edition.theme}
                <span className="block text-xs text-slate-500">Presidency: {edition.presidencyCountryName}</span>
              </td>
              <td className="px-4 py-3">
                <PhaseBadge phase={edition.phase} />
              </td>
              <td className="px-4 py-3">
                <NominationCountsCell counts={edition.counts} />
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
