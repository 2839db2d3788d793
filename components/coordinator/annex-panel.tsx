"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ANNEX_MESSAGES, MAX_ANNEX_BYTES, MAX_ANNEXES_PER_NOMINATION } from "@/lib/domain/pdf-file";
import { formatEditionMoment } from "@/lib/format/edition-time";

/** An annex as the list API sends it (dates as ISO strings). */
interface AnnexItem {
  id: string;
  fileName: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedByName: string | null;
}

type Message = { tone: "success" | "error"; text: string };
type ApiResult = { status: number; body: unknown };

const GENERIC_FAILURE = "Something went wrong on our side. Please try again in a moment.";
const NETWORK_FAILURE = "The upload did not reach the server. Check your connection and try again.";

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function getErrorMessage(body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : GENERIC_FAILURE;
}

/** Sends the file with XMLHttpRequest, which, unlike fetch, reports upload progress. */
function sendFile(url: string, file: File, onProgress: (percent: number) => void): Promise<ApiResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => resolve({ status: request.status, body: request.response });
    request.onerror = () => reject(new Error(NETWORK_FAILURE));
    const form = new FormData();
    form.append("file", file);
    request.send(form);
  });
}

/** The checks the server makes too, done first here so a wrong file is not sent at all. */
function findClientProblem(file: File | undefined, count: number): string | null {
  if (!file) return "Choose a PDF file to upload.";
  if (count >= MAX_ANNEXES_PER_NOMINATION) return ANNEX_MESSAGES.tooMany;
  if (file.size === 0) return ANNEX_MESSAGES.empty;
  if (file.size > MAX_ANNEX_BYTES) return ANNEX_MESSAGES.tooLarge;
  return null;
}

/** The dossier's PDF annexes: the list with download links, and while the dossier is editable, upload and delete. */
export function AnnexPanel({ nominationId, canEdit, timeZone }: { nominationId: string; canEdit: boolean; timeZone: string }) {
  const listUrl = `/api/v1/nominations/${encodeURIComponent(nominationId)}/annexes`;
  const [annexes, setAnnexes] = useState<AnnexItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  // A ref as well as state: a second click can arrive before React re-renders the disabled buttons.
  const isBusy = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The element that should take the keyboard focus after the next render (the confirm step, or back to Delete).
  const [focusTargetId, setFocusTargetId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch(listUrl, { cache: "no-store" });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw new Error(getErrorMessage(body));
      setAnnexes((body as { annexes: AnnexItem[] }).annexes);
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error && error.message !== "Failed to fetch" ? error.message : GENERIC_FAILURE);
    }
  }, [listUrl]);

  useEffect(() => {
    // The list comes from the API after the page has loaded; a state update at the end is intended.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  useEffect(() => {
    if (focusTargetId) document.getElementById(focusTargetId)?.focus();
  }, [focusTargetId]);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy.current) return;
    const file = fileInput.current?.files?.[0];
    const problem = findClientProblem(file, annexes?.length ?? 0);
    if (problem || !file) {
      setMessage({ tone: "error", text: problem ?? "Choose a PDF file to upload." });
      return;
    }
    isBusy.current = true;
    setMessage(null);
    setProgress(0);
    try {
      const result = await sendFile(listUrl, file, setProgress);
      if (result.status === 201) {
        const added = (result.body as { annex: AnnexItem }).annex;
        setMessage({ tone: "success", text: `“${added.fileName}” was added to the dossier.` });
        if (fileInput.current) fileInput.current.value = "";
      } else {
        setMessage({ tone: "error", text: getErrorMessage(result.body) });
      }
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : NETWORK_FAILURE });
    } finally {
      setProgress(null);
      isBusy.current = false;
      await load();
    }
  }

  async function remove(annex: AnnexItem) {
    if (isBusy.current) return;
    isBusy.current = true;
    setDeletingId(annex.id);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/annexes/${encodeURIComponent(annex.id)}`, { method: "DELETE" });
      if (response.ok) {
        setMessage({ tone: "success", text: `“${annex.fileName}” was deleted.` });
        // Its row disappears, so the keyboard focus moves on to the upload field.
        setFocusTargetId("annex-file");
      } else setMessage({ tone: "error", text: getErrorMessage(await response.json().catch(() => null)) });
    } catch {
      setMessage({ tone: "error", text: GENERIC_FAILURE });
    } finally {
      setDeletingId(null);
      setConfirmingId(null);
      isBusy.current = false;
      await load();
    }
  }

  function askToDelete(id: string) {
    setConfirmingId(id);
    setFocusTargetId(`annex-confirm-${id}`);
  }

  function cancelDelete(id: string) {
    setConfirmingId(null);
    setFocusTargetId(`annex-delete-${id}`);
  }

  const count = annexes?.length ?? 0;
  const isUploading = progress !== null;
  const isFull = count >= MAX_ANNEXES_PER_NOMINATION;

  return (
    <Card>
      <section aria-labelledby="annexes-heading" className="space-y-4">
        <div>
          <h2 id="annexes-heading" className="text-lg font-semibold text-slate-900">
            Annexes
          </h2>
          <p className="text-sm text-slate-600">
            PDF files for the record, such as an evaluation report. The jury judges the dossier form; annexes support it.
            {annexes && ` ${count} of ${MAX_ANNEXES_PER_NOMINATION} files.`}
          </p>
        </div>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        {loadError && (
          <div className="space-y-2">
            <Notice tone="error">The annexes could not be loaded: {loadError}</Notice>
            <Button type="button" variant="secondary" onClick={() => void load()}>
              Try again
            </Button>
          </div>
        )}
        {!annexes && !loadError && <p className="text-sm text-slate-600">Loading annexes…</p>}
        {annexes && annexes.length === 0 && (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
            {canEdit ? "No annexes yet. They are optional." : "No annexes were added to this dossier."}
          </p>
        )}
        {annexes && annexes.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Annexes">
            {annexes.map((annex) => (
              <li key={annex.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <a href={`/api/v1/annexes/${encodeURIComponent(annex.id)}`} className="break-all font-medium text-brand-700 hover:underline" download>
                    {annex.fileName}
                  </a>
                  <p className="text-xs text-slate-600">
                    {formatSize(annex.sizeBytes)} · added {formatEditionMoment(annex.uploadedAt, timeZone)}
                    {annex.uploadedByName && ` by ${annex.uploadedByName}`}
                  </p>
                </div>
                {canEdit &&
                  (confirmingId === annex.id ? (
                    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm deleting ${annex.fileName}`}>
                      <span className="text-sm text-slate-800">Delete this file? This cannot be undone.</span>
                      <Button id={`annex-confirm-${annex.id}`} type="button" variant="danger" disabled={deletingId !== null} onClick={() => void remove(annex)}>
                        {deletingId === annex.id ? "Deleting…" : "Delete for good"}
                      </Button>
                      <Button type="button" variant="secondary" disabled={deletingId !== null} onClick={() => cancelDelete(annex.id)}>
                        Keep it
                      </Button>
                    </div>
                  ) : (
                    <Button
                      id={`annex-delete-${annex.id}`}
                      type="button"
                      variant="secondary"
                      aria-label={`Delete ${annex.fileName}`}
                      disabled={isUploading || deletingId !== null}
                      onClick={() => askToDelete(annex.id)}
                    >
                      Delete
                    </Button>
                  ))}
              </li>
            ))}
          </ul>
        )}
        {canEdit && annexes && (
          <form onSubmit={(event) => void upload(event)} className="space-y-3" noValidate>
            <div className="space-y-1">
              <label htmlFor="annex-file" className="block text-sm font-semibold text-slate-800">
                PDF file
              </label>
              <p id="annex-file-hint" className="text-xs text-slate-600">
                PDF only, up to {MAX_ANNEX_BYTES / 1024 / 1024} MB per file, at most {MAX_ANNEXES_PER_NOMINATION} files per dossier.
              </p>
              <input
                ref={fileInput}
                id="annex-file"
                name="file"
                type="file"
                accept="application/pdf,.pdf"
                aria-describedby="annex-file-hint"
                disabled={isUploading || isFull}
                className={`${INPUT_CLASS} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:text-sm`}
              />
            </div>
            {isFull && <p className="text-sm text-slate-700">{ANNEX_MESSAGES.tooMany}</p>}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={isUploading || isFull || deletingId !== null}>
                {isUploading ? `Uploading… ${progress}%` : "Upload annex"}
              </Button>
              {isUploading && <progress value={progress} max={100} aria-label="Upload progress" className="h-2 w-40" />}
            </div>
          </form>
        )}
      </section>
    </Card>
  );
}
