"use client";

import { useEffect, useRef } from "react";
import type { NominationContentValues } from "@/lib/validation/nomination";
import { FIELD_LABELS } from "./field-labels";

export interface SummaryItem {
  /** The field's path, as the form and the server name it ("links.2.url"). */
  name: string;
  message: string;
}

/** The problems of a refused submission, one per field, in the order of the form. */
export function toSummaryItems(fieldErrors: Record<string, string[]> | undefined): SummaryItem[] {
  const order = Object.keys(FIELD_LABELS);
  const position = (name: string) => order.indexOf(name.split(".")[0]!);
  return Object.entries(fieldErrors ?? {})
    .filter(([name, messages]) => name !== "_form" && messages.length > 0)
    .sort(([a], [b]) => position(a) - position(b))
    .map(([name, messages]) => ({ name, message: messages.join(" ") }));
}

function describeField(name: string): string {
  const [field, index] = name.split(".");
  if (field === "links" && index !== undefined) return `Link ${Number(index) + 1}`;
  return FIELD_LABELS[field as keyof NominationContentValues] ?? field!;
}

/** The input a summary link leads to (the radio group's first choice for "still running"). */
function findControl(name: string): HTMLElement | null {
  if (name === "isOngoing") return document.querySelector<HTMLElement>('input[name="isOngoing"]');
  return document.getElementById(name.replaceAll(".", "-"));
}

/**
 * What stops the submission, at the top of the form, each problem a link to its field. It takes focus each time
 * a submission is refused (`attempt` changes), so keyboard and screen-reader users start from the list.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
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
        The dossier was not submitted: {items.length === 1 ? "1 field needs" : `${items.length} fields need`} your attention
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.name}>
            <a
              href={`#${item.name.replaceAll(".", "-")}`}
              className="font-medium text-red-900 underline hover:no-underline"
              onClick={(event) => {
                const control = findControl(item.name);
                if (!control) return;
                event.preventDefault();
                control.focus();
                control.scrollIntoView({ block: "center" });
              }}
            >
              {describeField(item.name)}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
