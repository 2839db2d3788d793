"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Outcome = { tone: "success"; year: number } | { tone: "error"; text: string };

/**
 * Uploads an edition archive to /admin/import/archive after a confirmation (an imported sealed edition cannot be
 * deleted), then links to the new edition, or shows why nothing was imported.
 */
export function ImportForm() {
  const t = useTranslations("importAdmin");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isSending, setIsSending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ tone: "error", text: t("chooseArchive") });
      return;
    }
    if (!window.confirm(t("confirm", { file: file.name }))) return;
    setIsSending(true);
    setOutcome(null);
    try {
      const response = await fetch("/admin/import/archive", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { year?: number; error?: { message?: string } } | null;
      if (response.status === 201 && typeof body?.year === "number") setOutcome({ tone: "success", year: body.year });
      // The route's refusal is already in the page's language (handleRoute translates it).
      else setOutcome({ tone: "error", text: body?.error?.message ?? t("generic") });
    } catch {
      setOutcome({ tone: "error", text: t("unreachable") });
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <input id="import-file" name="file" type="file" accept=".zip,application/zip" className={INPUT_CLASS} />
      </div>
      <Button type="submit" disabled={isSending}>
        {isSending ? t("importing") : t("submit")}
      </Button>
      {outcome?.tone === "success" && (
        <Notice tone="success">
          {t("imported", { year: outcome.year })}{" "}
          <Link href={`/admin/editions/${outcome.year}`} className="font-medium underline">
            {t("open", { year: outcome.year })}
          </Link>
          {t("invite")}
        </Notice>
      )}
      {outcome?.tone === "error" && <Notice tone="error">{t("nothingImported", { reason: outcome.text })}</Notice>}
    </form>
  );
}
