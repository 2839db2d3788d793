import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { EditionPhase, EligibilityReason, NominationKind, NominationState } from "@/db/schema";
import { formatDeadline } from "@/lib/domain/deadline";
import { getVisibleState } from "./labels";
import { StateBadge } from "./state-badge";

/** The proof of submission: the reference to quote and the time the database recorded. */
export function SubmissionReceipt({
  reference,
  submittedAt,
  state,
  phase,
  timeZone,
  hasHeading = true,
}: {
  reference: string;
  submittedAt: Date;
  state: NominationState;
  phase: EditionPhase;
  /** The edition's zone, in which the moment is written. */
  timeZone: string;
  /** False on the receipt page, whose own title already says "Submission receipt". */
  hasHeading?: boolean;
}) {
  const t = useTranslations("receipt");
  const locale = useLocale();
  return (
    <Card className="border-green-200">
      {hasHeading && <h2 className="mb-3 text-lg font-bold text-slate-900">{t("title")}</h2>}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-700">{t("reference")}</dt>
        <dd className="font-mono text-slate-900">{reference}</dd>
        <dt className="font-semibold text-slate-700">{t("submittedAt")}</dt>
        <dd>
          <time dateTime={submittedAt.toISOString()}>{formatDeadline(submittedAt, timeZone, locale)}</time>
        </dd>
        <dt className="font-semibold text-slate-700">{t("state")}</dt>
        <dd>
          <StateBadge state={state} phase={phase} />
        </dd>
      </dl>
      <p className="mt-3 text-sm text-slate-600">{t("locked")}</p>
    </Card>
  );
}

/** The secretariat's eligibility decision and its reason; never a score or a juror. */
export function EligibilityDecision({
  state,
  phase,
  kind,
  reason,
  note,
}: {
  state: NominationState;
  phase: EditionPhase;
  kind: NominationKind;
  reason: EligibilityReason | null;
  note: string | null;
}) {
  const t = useTranslations("coordinator");
  const visible = getVisibleState(state, phase);
  const noteText = note?.trim() ? <p className="mt-1">{t("secretariatNote", { note })}</p> : null;
  if (visible === "rejected") {
    return (
      <Notice tone="error">
        <p className="font-semibold">{t("rejected", { reason: reason ? t(`reasons.${reason}`) : t("rejectedSeeNote") })}</p>
        {noteText}
      </Notice>
    );
  }
  const outcomes: Partial<Record<NominationState, string>> = {
    accepted: kind === "competing" ? t("acceptedCompeting") : t("acceptedAdditional"),
    awarded: t("awarded"),
    participant: t("participant"),
  };
  const outcome = outcomes[visible];
  if (!outcome) return null;
  return (
    <Notice tone="success">
      <p className="font-semibold">{outcome}</p>
      {noteText}
    </Notice>
  );
}
