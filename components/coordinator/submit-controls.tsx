"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/** "Save draft" and "Submit nomination", then a confirm step, since a submitted dossier is locked. */
export function SubmitControls({
  formId,
  pending,
  isConfirming,
  hasUnsaved,
  onAskToSubmit,
  onConfirm,
  onCancel,
}: {
  /** The dossier form the "Save draft" button submits (the controls sit after the annexes, outside it). */
  formId: string;
  pending: "save" | "submit" | "done" | null;
  isConfirming: boolean;
  hasUnsaved: boolean;
  onAskToSubmit: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("dossierForm.submit");
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);
  const isDisabled = pending !== null;

  if (isConfirming) {
    return (
      <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 outline-none">
        <p className="font-semibold text-amber-900">{t("confirmTitle")}</p>
        <p className="text-sm text-amber-900">
          {t("confirmBody")}
          {hasUnsaved && ` ${t("unsavedFirst")}`}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button type="button" onClick={onConfirm} disabled={isDisabled}>
            {t("confirm")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel} disabled={isDisabled}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" form={formId} variant="secondary" disabled={isDisabled}>
        {pending === "save" ? t("saving") : t("saveDraft")}
      </Button>
      <Button type="button" onClick={onAskToSubmit} disabled={isDisabled}>
        {pending === "submit" || pending === "done" ? t("submitting") : t("submitNomination")}
      </Button>
    </div>
  );
}
