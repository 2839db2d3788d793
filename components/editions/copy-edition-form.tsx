"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { CopyEditionInput } from "@/lib/validation/edition";

/** "Copy to next year": the year to make (the next one unless changed), then the new draft's settings page. */
export function CopyEditionForm({ editionId, year, action }: { editionId: number; year: number; action: (input: CopyEditionInput) => Promise<ActionResult<{ year: number }>> }) {
  const t = useTranslations("editionsAdmin.copy");
  const id = useId();
  const router = useRouter();
  const [target, setTarget] = useState(String(year + 1));
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
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
        setError({ field: result.fieldErrors?.year?.[0], message: result.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("formLabel")}>
      <Field id={`${id}-year`} label={t("year")} hint={t("yearHint")} errors={error?.field ? [error.field] : undefined}>
        <input
          id={`${id}-year`}
          type="number"
          className={`${INPUT_CLASS} max-w-40`}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-invalid={error?.field ? true : undefined}
          aria-describedby={`${id}-year-hint${error?.field ? ` ${id}-year-error` : ""}`}
        />
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("copying") : target ? t("copyTo", { year: target }) : t("copyToNext")}
      </Button>
      {error && <Notice tone="error">{error.message}</Notice>}
    </form>
  );
}
