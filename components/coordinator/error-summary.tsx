"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { SummaryItem } from "./form-problems";

/** The input a summary link leads to (the radio group's first choice for "still running"). */
function findControl(item: SummaryItem): HTMLElement | null {
  if (item.name === "isOngoing") return document.querySelector<HTMLElement>('input[name="isOngoing"]');
  return document.getElementById(item.id);
}

/**
 * What stops the submission, at the top of the form, each problem a link to its field. It takes focus each time
 * a submission is refused (`attempt` changes), so keyboard and screen-reader users start from the list.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const t = useTranslations("dossierForm.errorSummary");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-heading"
      data-testid="error-summary"
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-sm text-red-950 outline-none focus:ring-4 focus:ring-red-300"
    >
      <h2 id="error-summary-heading" className="text-base font-bold">
        {t("heading", { count: items.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.name}>
            <a
              href={`#${item.id}`}
              className="font-medium text-red-900 underline hover:no-underline"
              onClick={(event) => {
                const control = findControl(item);
                if (!control) return;
                event.preventDefault();
                control.focus();
                control.scrollIntoView({ block: "center" });
              }}
            >
              {t("item", { label: item.label, message: item.message })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
