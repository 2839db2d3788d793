"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { checkPublicSnapshot, type VerifyOutcome } from "@/lib/results/verify-check";
import { getSnapshotPath } from "@/lib/results/verify-links";

type Status = { kind: "idle" } | { kind: "checking"; what: string } | VerifyOutcome;

const PUBLISHED_AT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

function formatPublishedAt(value: string | null): string {
  return value ? `${PUBLISHED_AT.format(new Date(value))} (UTC)` : "an unknown date";
}

/** What the live region says: announced to screen readers each time it changes. */
function StatusMessage({ status }: { status: Status }) {
  switch (status.kind) {
    case "idle":
      return null;
    case "checking":
      return <p>{status.what}</p>;
    case "match":
      return (
        <div className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
          <p className="font-semibold">
            Matches the seal published on {formatPublishedAt(status.publishedAt)} for the results of {status.year}.
          </p>
          <p className="mt-1 text-sm">
            SHA-256 computed in your browser: <code className="break-all font-mono">{status.fingerprint}</code>
          </p>
        </div>
      );
    case "mismatch":
      return (
        <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">Does not match the seal published for {status.year}.</p>
          <p className="mt-1 text-sm">
            The published fingerprint is <code className="break-all font-mono">{status.published}</code>, this file gives{" "}
            <code className="break-all font-mono">{status.computed}</code>.
          </p>
        </div>
      );
    case "error":
      return <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">{status.message}</p>;
  }
}

/**
 * Pastes or uploads the public part of a sealed result and checks it in the browser; with a year, fetches the
 * published one first. The hash is computed here, so the check never takes the server's word for the match.
 */
export function VerifySnapshot({ year }: { year: number | null }) {
  const id = useId();
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const fetched = useRef(false);

  async function verify(value: string) {
    setStatus({ kind: "checking", what: "Checking…" });
    try {
      setStatus(await checkPublicSnapshot(value));
    } catch {
      setStatus({ kind: "error", message: "The published fingerprint could not be fetched. Check your connection and try again." });
    }
  }

  useEffect(() => {
    if (year === null || fetched.current) return;
    fetched.current = true;
    setStatus({ kind: "checking", what: `Fetching the published public part of ${year}…` });
    fetch(getSnapshotPath(year), { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = await response.text();
        setText(body);
        await verify(body);
      })
      .catch(() => setStatus({ kind: "error", message: `No sealed result is published for ${year}.` }));
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
          Public part of the sealed result (JSON)
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          Paste the file downloaded from a results page, or choose it below.
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
          Or choose the file
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
        Check the fingerprint
      </Button>
      <div role="status" aria-live="polite" data-testid="verify-result">
        <StatusMessage status={status} />
      </div>
    </form>
  );
}
