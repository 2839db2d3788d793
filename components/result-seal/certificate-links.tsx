import { getCertificatePlace } from "@/lib/pdf/certificate";

export interface CertifiedAward {
  rank: number;
  countryName: string;
  title: string;
}

/** One download link per awarded place; the links work once the result is frozen. */
export function CertificateLinks({ year, awards }: { year: number; awards: readonly CertifiedAward[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
      {awards.map((award) => (
        <li key={award.rank} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
          <span>
            <span className="font-semibold">{getCertificatePlace(award.rank)}</span> · {award.countryName} — {award.title}
          </span>
          {/* A plain link, not next/link: the route answers with a file to save, not a page. */}
          <a
            href={`/admin/editions/${year}/certificates/${award.rank}`}
            download
            className="font-medium text-brand-700 hover:underline"
          >
            {getCertificatePlace(award.rank)} certificate (PDF)
          </a>
        </li>
      ))}
    </ul>
  );
}
