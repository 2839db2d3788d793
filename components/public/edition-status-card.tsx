import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { EditionPhase } from "@/db/schema";
import type { PublicEdition } from "@/lib/results/public-queries";
import { formatDateRange } from "@/lib/format/date-range";

const PHASE_TEXT: Partial<Record<EditionPhase, string>> = {
  eligibility: "The nominations are in; the secretariat is checking that each one is eligible.",
  jury_scoring: "The jury is assessing the competing projects.",
  deliberation: "The jury has finished scoring and is deliberating.",
};

/** Where an edition stands between its call for nominations and its ceremony; it never hints at a result. */
export function EditionStatusCard({ edition }: { edition: PublicEdition }) {
  return (
    <Card>
      <h2 className="text-xl font-bold text-slate-900">The {edition.year} award</h2>
      <p className="mt-2 text-slate-800">
        Theme: <strong>{edition.theme}</strong>
      </p>
      {PHASE_TEXT[edition.phase] && <p className="mt-1 text-slate-700">{PHASE_TEXT[edition.phase]}</p>}
      <p className="mt-1 text-slate-700">
        The winner will be announced at the ceremony on {formatDateRange(edition.ceremonyStartsOn, edition.ceremonyEndsOn)}
        {edition.ceremonyPlace && ` in ${edition.ceremonyPlace}`}.
      </p>
      {edition.phase === "deliberation" && (
        <p className="mt-3">
          <Link href={`/ceremony/${edition.year}`} className="font-semibold text-brand-700 underline">
            Follow the announcement live on the ceremony screen
          </Link>
        </p>
      )}
    </Card>
  );
}
