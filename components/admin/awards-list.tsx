import type { listAwards } from "@/lib/results/awards";

type AwardRow = Awaited<ReturnType<typeof listAwards>>[number];

/** The awarded places as saved, winner first. */
export function AwardsList({ awards }: { awards: readonly AwardRow[] }) {
  return (
    <ol className="space-y-3">
      {awards.map((award) => (
        <li key={award.rank} className="rounded-md border border-slate-200 bg-white p-4">
          <p className="font-semibold">
            {award.rank === 1 ? "Winner" : `Place ${award.rank}`}: {award.countryName} — {award.title}
          </p>
          {award.prize && <p className="mt-1 text-sm text-slate-700">Prize: {award.prize}</p>}
          {award.juryReason && <p className="mt-1 text-sm text-slate-700">Jury&apos;s reason: {award.juryReason}</p>}
        </li>
      ))}
    </ol>
  );
}
