"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { formatLocalDateTime } from "@/lib/domain/edition-time";
import type { SetEmbargoInput } from "@/lib/validation/embargo";

/** Schedules the results' automatic publication at a time in the edition's zone (the embargo), or cancels it. */
export function EmbargoForm({
  editionId,
  version,
  embargoAt,
  timeZone,
  action,
}: {
  editionId: number;
  version: number;
  embargoAt: Date | null;
  /** The edition's IANA zone: the field shows and sends the wall-clock time there. */
  timeZone: string;
  action: (input: SetEmbargoInput) => Promise<ActionResult<{ version: number; embargoAt: string | null }>>;
}) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.embargo");
  const [value, setValue] = useState(embargoAt ? formatLocalDateTime(embargoAt, timeZone) : "");
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<string[] | undefined>();

  function submit(embargo: string) {
    setMessage(null);
    setErrors(undefined);
    startTransition(async () => {
      const result = await action({ editionId, version, embargoAt: embargo });
      if (result.ok) {
        setMessage({
          tone: "success",
          text: result.data.embargoAt ? t("scheduledDone") : t("cancelledDone"),
        });
        if (!result.data.embargoAt) setValue("");
        router.refresh();
      } else {
        setErrors(result.fieldErrors?.embargoAt);
        setMessage({ tone: "error", text: result.message });
      }
    });
  }

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit(value);
      }}
    >
      <Field
        id="embargo-at"
        label={t("label", { zone: timeZone })}
        hint={t("hint")}
        errors={errors}
      >
        <input
          id="embargo-at"
          type="datetime-local"
          className={`${INPUT_CLASS} max-w-xs`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "embargo-at-hint embargo-at-error" : "embargo-at-hint"}
          required
        />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("saving") : t("schedule")}
        </Button>
        {embargoAt && (
          <Button
            type="button"
            variant="secondary"
            disabled={isPending}
            onClick={() => {
              if (window.confirm(t("confirmCancel"))) submit("");
            }}
          >
            {t("cancel")}
          </Button>
        )}
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </form>
  );
}
