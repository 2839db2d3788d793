"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ANNEX_MESSAGES, MAX_ANNEX_BYTES, MAX_ANNEXES_PER_NOMINATION } from "@/lib/domain/pdf-file";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { msg, type ServerText } from "@/lib/i18n/server-text";

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
type Translate = ReturnType<typeof useTranslations<"dossierForm.annexes">>;

/** Raised when the upload never reached the server, so the panel can say so in its language. */
class NetworkFailure extends Error {}

function formatSize(bytes: number, t: Translate, locale: string): string {
  if (bytes < 1024) return t("bytes", { count: bytes });
  if (bytes < 1024 * 1024) return t("kilobytes", { count: Math.round(bytes / 1024) });
  return t("megabytes", { count: (bytes / 1024 / 1024).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/** The API's message, already in the page's language (the route handler translates it); null when it sent none. */
function getErrorMessage(body: unknown): string | null {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : null;
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
    request.onerror = () => reject(new NetworkFailure());
    const form = new FormData();
    form.append("file", file);
    request.send(form);
  });
}

// The server's own words when no file is sent (lib/storage/upload-request), so both say the same.
const CHOOSE_A_FILE = msg("Choose a PDF file to upload.");

/** The checks the server makes too, done first here so a wrong file is not sent at all. */
function findClientProblem(file: File | undefined, count: number): string | ServerText | null {
  if (!file) return CHOOSE_A_FILE;
  if (count >= MAX_ANNEXES_PER_NOMINATION) return ANNEX_MESSAGES.tooMany;
  if (file.size === 0) return ANNEX_MESSAGES.empty;
  if (file.size > MAX_ANNEX_BYTES) return ANNEX_MESSAGES.tooLarge;
  return null;
}

/** The dossier's PDF annexes: the list with download links, and while the dossier is editable, upload and delete. */
export function AnnexPanel({ nominationId, canEdit, timeZone }: { nominationId: string; canEdit: boolean; timeZone: string }) {
  const t = useTranslations("dossierForm.annexes");
  const locale = useLocale();
  const { say } = useServerText();
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
      if (!response.ok) {
        setLoadError(getErrorMessage(body) ?? t("genericFailure"));
        return;
      }
      setAnnexes((body as { annexes: AnnexItem[] }).annexes);
      setLoadError(null);
    } catch {
      // No answer at all (the browser's own "Failed to fetch" is no message for a person).
      setLoadError(t("genericFailure"));
    }
  }, [listUrl, t]);

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
      setMessage({ tone: "error", text: say(problem ?? CHOOSE_A_FILE) });
      return;
    }
    isBusy.current = true;
    setMessage(null);
    setProgress(0);
    try {
      const result = await sendFile(listUrl, file, setProgress);
      if (result.status === 201) {
        const added = (result.body as { annex: AnnexItem }).annex;
        setMessage({ tone: "success", text: t("uploaded", { name: added.fileName }) });
        if (fileInput.current) fileInput.current.value = "";
      } else {
        setMessage({ tone: "error", text: getErrorMessage(result.body) ?? t("genericFailure") });
      }
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof NetworkFailure ? t("networkFailure") : t("genericFailure") });
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
        setMessage({ tone: "success", text: t("deleted", { name: annex.fileName }) });
        // Its row disappears, so the keyboard focus moves on to the upload field.
        setFocusTargetId("annex-file");
      } else setMessage({ tone: "error", text: getErrorMessage(await response.json().catch(() => null)) ?? t("genericFailure") });
    } catch {
      setMessage({ tone: "error", text: t("genericFailure") });
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
            {t("heading")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("intro")}
            {annexes && ` ${t("count", { count, max: MAX_ANNEXES_PER_NOMINATION })}`}
          </p>
        </div>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        {loadError && (
          <div className="space-y-2">
            <Notice tone="error">{t("loadFailed", { reason: loadError })}</Notice>
            <Button type="button" variant="secondary" onClick={() => void load()}>
              {t("tryAgain")}
            </Button>
          </div>
        )}
        {!annexes && !loadError && <p className="text-sm text-slate-600">{t("loading")}</p>}
        {annexes && annexes.length === 0 && (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
            {canEdit ? t("noneYet") : t("noneAdded")}
          </p>
        )}
        {annexes && annexes.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label={t("listLabel")}>
            {annexes.map((annex) => (
              <li key={annex.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <a href={`/api/v1/annexes/${encodeURIComponent(annex.id)}`} className="break-all font-medium text-brand-700 hover:underline" download>
                    {annex.fileName}
                  </a>
                  <p className="text-xs text-slate-600">
                    {annex.uploadedByName
                      ? t("addedBy", { size: formatSize(annex.sizeBytes, t, locale), when: formatEditionMoment(annex.uploadedAt, timeZone, { locale }), name: annex.uploadedByName })
                      : t("added", { size: formatSize(annex.sizeBytes, t, locale), when: formatEditionMoment(annex.uploadedAt, timeZone, { locale }) })}
                  </p>
                </div>
                {canEdit &&
                  (confirmingId === annex.id ? (
                    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("confirmLabel", { name: annex.fileName })}>
                      <span className="text-sm text-slate-800">{t("confirmText")}</span>
                      <Button id={`annex-confirm-${annex.id}`} type="button" variant="danger" disabled={deletingId !== null} onClick={() => void remove(annex)}>
                        {deletingId === annex.id ? t("deleting") : t("deleteForGood")}
                      </Button>
                      <Button type="button" variant="secondary" disabled={deletingId !== null} onClick={() => cancelDelete(annex.id)}>
                        {t("keep")}
                      </Button>
                    </div>
                  ) : (
                    <Button
                      id={`annex-delete-${annex.id}`}
                      type="button"
                      variant="secondary"
                      aria-label={t("deleteLabel", { name: annex.fileName })}
                      disabled={isUploading || deletingId !== null}
                      onClick={() => askToDelete(annex.id)}
                    >
                      {t("delete")}
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
                {t("fileLabel")}
              </label>
              <p id="annex-file-hint" className="text-xs text-slate-600">
                {t("fileHint", { megabytes: MAX_ANNEX_BYTES / 1024 / 1024, max: MAX_ANNEXES_PER_NOMINATION })}
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
            {isFull && <p className="text-sm text-slate-700">{say(ANNEX_MESSAGES.tooMany)}</p>}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={isUploading || isFull || deletingId !== null}>
                {isUploading ? t("uploading", { percent: progress }) : t("upload")}
              </Button>
              {isUploading && <progress value={progress} max={100} aria-label={t("progressLabel")} className="h-2 w-40" />}
            </div>
          </form>
        )}
      </section>
    </Card>
  );
}
