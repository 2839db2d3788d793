"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Outcome = { tone: "success"; year: number } | { tone: "error"; text: string };

const GENERIC_FAILURE = "Something went wrong on our side. Please try again in a moment.";

/**
 * Uploads an edition archive to /admin/import/archive after a confirmation (an imported sealed edition cannot be
 * deleted), then links to the new edition, or shows why nothing was imported.
 */
export function ImportForm() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isSending, setIsSending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ tone: "error", text: "Choose the edition's zip archive to import." });
      return;
    }
    if (!window.confirm(`Import the edition in ${file.name}? Once imported, a sealed edition stays: it cannot be deleted.`)) return;
    setIsSending(true);
    setOutcome(null);
    try {
      const response = await fetch("/admin/import/archive", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { year?: number; error?: { message?: string } } | null;
      if (response.status === 201 && typeof body?.year === "number") setOutcome({ tone: "success", year: body.year });
      else setOutcome({ tone: "error", text: body?.error?.message ?? GENERIC_FAILURE });
    } catch {
      setOutcome({ tone: "error", text: "The archive did not reach the server. Check your connection and try again." });
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          Edition archive (.zip)
        </label>
        <input id="import-file" name="file" type="file" accept=".zip,application/zip" className={INPUT_CLASS} />
      </div>
      <Button type="submit" disabled={isSending}>
        {isSending ? "Importing…" : "Import the edition"}
      </Button>
      {outcome?.tone === "success" && (
        <Notice tone="success">
          Edition {outcome.year} was imported.{" "}
          <Link href={`/admin/editions/${outcome.year}`} className="font-medium underline">
            Open edition {outcome.year}
          </Link>
          . People new to this database have no password yet: invite them before they can sign in.
        </Notice>
      )}
      {outcome?.tone === "error" && <Notice tone="error">{outcome.text} Nothing was imported.</Notice>}
    </form>
  );
}
