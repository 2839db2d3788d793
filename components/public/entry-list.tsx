import type { PublishedEntry } from "@/lib/data/public-results";
import { CountryLabel } from "./country-label";

/** Every competing entry of an edition: country, title and a short summary. */
export function EntryList({ entries }: { entries: PublishedEntry[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {entries.map((entry) => (
        <li key={`${entry.country.code}-${entry.title}`} className="p-4">
          <p className="text-sm font-semibold text-slate-600">
            <CountryLabel code={entry.country.code} name={entry.country.name} />
          </p>
          <h3 className="mt-0.5 font-bold text-slate-900">{entry.title}</h3>
          {entry.summary && <p className="mt-1 text-sm text-slate-700">{entry.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
