"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { CopyEditionInput } from "@/lib/validation/edition";

/** "Copy to next year": the year to make (the next one unless changed), then the new draft's settings page. */
export function CopyEditionForm({ editionId, year, action }: { editionId: number; year: number; action: (input: CopyEditionInput) => Promise<ActionResult<{ year: number }>> }) {
  const id = useId();
  const router = useRouter();
  const [target, setTarget] = useState(String(year + 1));
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await action({ editionId, year: target });
      if (result.ok) {
        router.push(`/admin/editions/${result.data.year}/settings`);
        router.refresh();
      } else {
        setError(result.fieldErrors?.year?.[0] ?? result.message);
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Copy to another year">
      <Field id={`${id}-year`} label="Year of the new edition" hint="Its dates move by the same number of years, at the same times in the edition's zone." errors={error ? [error] : undefined}>
        <input
          id={`${id}-year`}
          type="number"
          className={`${INPUT_CLASS} max-w-40`}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-year-hint${error ? ` ${id}-year-error` : ""}`}
        />
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Copying…" : `Copy to ${target || "next year"}`}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}
