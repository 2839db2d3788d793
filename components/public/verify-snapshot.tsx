"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { checkPublicSnapshot, type VerifyOutcome } from "@/lib/results/verify-check";
import { getSnapshotPath } from "@/lib/results/verify-links";

// Words are chosen at render time (StatusMessage), so a status holds what happened, not a sentence.
type Status =
  | { kind: "idle" }
  | { kind: "checking"; what: "checking" | "fetching"; year?: number }
  | { kind: "failed"; problem: "fetchFailed" | "noneForYear"; year?: number }
  | VerifyOutcome;

const CODE = (chunks: React.ReactNode) => <code className="break-all font-mono">{chunks}</code>;

/** What the live region says: announced to screen readers each time it changes. */
function StatusMessage({ status }: { status: Status }) {
  const t = useTranslations("verify");
  const locale = useLocale();
  const formatPublishedAt = (value: string | null) =>
    value
      ? t("publishedAt", { when: new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(value)) })
      : t("unknownDate");
  switch (status.kind) {
    case "idle":
      return null;
    case "checking":
      return <p>{t(status.what, { year: status.year ?? "" })}</p>;
    case "match":
      return (
        <div className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
          <p className="font-semibold">{t("match", { when: formatPublishedAt(status.publishedAt), year: status.year })}</p>
          <p className="mt-1 text-sm">{t.rich("computed", { fingerprint: status.fingerprint, code: CODE })}</p>
        </div>
      );
    case "mismatch":
      return (
        <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">{t("mismatch", { year: status.year })}</p>
          <p className="mt-1 text-sm">{t.rich("mismatchDetail", { published: status.published, computed: status.computed, code: CODE })}</p>
        </div>
      );
    case "error":
    case "failed": {
      const message =
        status.kind === "failed"
          ? t(status.problem, { year: status.year ?? "" })
          : t(`errors.${status.problem}`, { year: status.year ?? "", format: status.format ?? "" });
      return <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">{message}</p>;
    }
  }
}

/**
 * Pastes or uploads the public part of a sealed result and checks it in the browser; with a year, fetches the
 * published one first. The hash is computed here, so the check never takes the server's word for the match.
 */
export function VerifySnapshot({ year }: { year: number | null }) {
  const t = useTranslations("verify");
  const id = useId();
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const fetched = useRef(false);

  async function verify(value: string) {
    setStatus({ kind: "checking", what: "checking" });
    try {
      setStatus(await checkPublicSnapshot(value));
    } catch {
      setStatus({ kind: "failed", problem: "fetchFailed" });
    }
  }

  useEffect(() => {
    if (year === null || fetched.current) return;
    fetched.current = true;
    setStatus({ kind: "checking", what: "fetching", year });
    fetch(getSnapshotPath(year), { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = await response.text();
        setText(body);
        await verify(body);
      })
      .catch(() => setStatus({ kind: "failed", problem: "noneForYear", year }));
  }, [year]);

  async function readFile(file: File | undefined) {
    if (!file) return;
    const body = await file.text();
    setText(body);
    await verify(body);
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void verify(text);
      }}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-text`} className="block text-sm font-semibold text-slate-800">
          {t("textLabel")}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t("textHint")}
        </p>
        <textarea
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={10}
          spellCheck={false}
          className={`${INPUT_CLASS} font-mono text-xs`}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold text-slate-800">
          {t("fileLabel")}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void readFile(event.target.files?.[0])}
          className="block text-sm text-slate-800"
        />
      </div>
      <Button type="submit" disabled={status.kind === "checking"}>
        {t("submit")}
      </Button>
      <div role="status" aria-live="polite" data-testid="verify-result">
        <StatusMessage status={status} />
      </div>
    </form>
  );
}
