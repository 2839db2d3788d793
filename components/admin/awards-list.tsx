import { useTranslations } from "next-intl";
import type { listAwards } from "@/lib/results/awards";

type AwardRow = Awaited<ReturnType<typeof listAwards>>[number];

/** The awarded places as saved, winner first. */
export function AwardsList({ awards }: { awards: readonly AwardRow[] }) {
  const t = useTranslations("resultAdmin.awards");
  return (
    <ol className="space-y-3">
      {awards.map((award) => (
        <li key={award.rank} className="rounded-md border border-slate-200 bg-white p-4">
          <p className="font-semibold">
            {award.rank === 1 ? t("listWinner") : t("listPlace", { rank: award.rank })}: {award.countryName} — {award.title}
          </p>
          {award.prize && <p className="mt-1 text-sm text-slate-700">{t("listPrize", { prize: award.prize })}</p>}
          {award.juryReason && <p className="mt-1 text-sm text-slate-700">{t("listReason", { reason: award.juryReason })}</p>}
        </li>
      ))}
    </ol>
  );
}
