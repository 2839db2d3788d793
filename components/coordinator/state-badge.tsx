import { useTranslations } from "next-intl";
import type { EditionPhase, NominationState } from "@/db/schema";
import { getStateTone, getVisibleState } from "./labels";

/** A dossier's state as its coordinator may see it. */
export function StateBadge({ state, phase }: { state: NominationState; phase: EditionPhase }) {
  const t = useTranslations("nomination.state");
  const visible = getVisibleState(state, phase);
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${getStateTone(visible)}`}>{t(visible)}</span>;
}
