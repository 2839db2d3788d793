"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { formatDeadline } from "@/lib/domain/deadline";
import { getCommentFieldName, getScoreFieldName, type RubricCriterion } from "@/lib/validation/score-sheet";
import type { SheetCopy } from "./sheet-local-copy";

/**
 * Changes this browser kept but the server never acknowledged, offered back after the sheet was saved elsewhere
 * (another window or tab): the juror reads them and restores them over the saved sheet, or discards them.
 */
export function SheetCopyOffer({
  copy,
  rubric,
  timeZone,
  onRestore,
  onDiscard,
}: {
  copy: SheetCopy;
  rubric: readonly RubricCriterion[];
  /** The edition's zone, in which the copy's time is written. */
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("scoreSheet.copy");
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves here so keyboard and screen-reader users meet the offer first.
  useEffect(() => ref.current?.focus(), []);
  const readValue = (name: string) => String(copy.values[name] ?? "").trim();
  return (
    <div ref={ref} tabIndex={-1} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 outline-none">
      <h3 className="text-base font-bold">{t("title")}</h3>
      <p>{t("body", { time: formatDeadline(new Date(copy.writtenAt), timeZone, locale) })}</p>
      <ul className="space-y-1">
        {rubric.map((criterion) => (
          <li key={criterion.id}>
            {criterion.position}. {criterion.title}: {readValue(getScoreFieldName(criterion.id)) || t("notScored")}
            {readValue(getCommentFieldName(criterion.id)) && ` — “${readValue(getCommentFieldName(criterion.id))}”`}
          </li>
        ))}
        {readValue("overallComment") && <li>{t("overall", { comment: readValue("overallComment") })}</li>}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onRestore}>
          {t("restore")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDiscard}>
          {t("discard")}
        </Button>
      </div>
    </div>
  );
}
