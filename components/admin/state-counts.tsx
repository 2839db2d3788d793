import { useTranslations } from "next-intl";
import Link from "next/link";
import type { NominationCounts } from "@/lib/editions/queries";
import type { NominationState } from "@/db/schema";
import { STATE_ORDER, STATE_TONES } from "./state-labels";

/** How many nominations the edition holds in each state; each count links to the list filtered by it. */
export function StateCounts({ counts, getHref }: { counts: NominationCounts; getHref: (state: NominationState) => string }) {
  const t = useTranslations("editionsAdmin.stateCounts");
  const states = useTranslations("nomination.state");
  const total = STATE_ORDER.reduce((sum, state) => sum + counts[state], 0);
  return (
    <div>
      <h2 className="sr-only">{t("heading")}</h2>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("label", { total })}>
        {STATE_ORDER.map((state) => (
          <li key={state}>
            <Link
              href={getHref(state)}
              className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 hover:underline ${STATE_TONES[state]}`}
            >
              <span className="font-bold tabular-nums">{counts[state]}</span> {states(state).toLowerCase()}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
