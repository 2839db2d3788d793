import Link from "next/link";

const PAGES = [
  { key: "assignments", label: "Assignments" },
  { key: "conflicts", label: "Conflicts of interest" },
  { key: "progress", label: "Jury progress" },
] as const;

/** Links between the edition and its three jury pages; the current page is marked, not linked away from. */
export function JuryPagesNav({ year, current }: { year: number; current: (typeof PAGES)[number]["key"] }) {
  return (
    <nav aria-label="Jury pages" className="flex flex-wrap gap-4 text-sm">
      <Link href={`/admin/editions/${year}`} className="font-medium text-brand-700 hover:underline">
        Back to edition {year}
      </Link>
      {PAGES.map((page) =>
        page.key === current ? (
          <span key={page.key} aria-current="page" className="font-semibold text-slate-900">
            {page.label}
          </span>
        ) : (
          <Link key={page.key} href={`/admin/editions/${year}/${page.key}`} className="font-medium text-brand-700 hover:underline">
            {page.label}
          </Link>
        ),
      )}
    </nav>
  );
}
