"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { formatEditionMoment } from "@/lib/format/edition-time";

/** An annex as the viewer lists it. */
export interface ViewerAnnex {
  id: string;
  fileName: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/** A file's size in bytes, KB or MB, the number in the page's language ("1.5 MB", "1,5 Mo"). */
function useFormatSize(): (bytes: number) => string {
  const t = useTranslations("dossierView.annexes");
  const format = useFormatter();
  return (bytes) => {
    if (bytes < 1024) return t("bytes", { count: bytes });
    if (bytes < 1024 * 1024) return t("kilobytes", { size: format.number(Math.round(bytes / 1024)) });
    return t("megabytes", { size: format.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  };
}

/**
 * The dossier's PDF annexes: each can be downloaded, or opened in place in the browser's own PDF viewer. The
 * frame's document is sandboxed by its response's Content-Security-Policy (app/api/v1/annexes/[annexId]/view).
 */
export function AnnexViewer({
  annexes,
  timeZone,
  headingLevel = 3,
  id,
}: {
  annexes: readonly ViewerAnnex[];
  /** The edition's zone, in which moments are written. */
  timeZone: string;
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const t = useTranslations("dossierView.annexes");
  const locale = useLocale();
  const formatSize = useFormatSize();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = useId();
  const viewerId = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = annexes.find((annex) => annex.id === openId);
  const frame = useRef<HTMLIFrameElement>(null);
  // In the juror's scrolling dossier column the viewer opens below the list: bring it into view.
  useEffect(() => {
    if (openId) frame.current?.scrollIntoView({ block: "nearest" });
  }, [openId]);

  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-4 space-y-3">
      <Heading id={headingId} className="font-semibold text-slate-900">
        {t("title", { count: annexes.length })}
      </Heading>
      {annexes.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {annexes.map((annex) => {
            const isOpen = annex.id === openId;
            return (
              <li key={annex.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span className="min-w-0 break-all">
                  <span className="font-medium text-slate-900">{annex.fileName}</span>
                  <span className="block text-xs text-slate-600">
                    {formatSize(annex.sizeBytes)} · {t("added", { time: formatEditionMoment(annex.uploadedAt, timeZone, { locale }) })}
                  </span>
                </span>
                <span className="flex gap-3 print:hidden">
                  <button
                    type="button"
                    className="font-medium text-brand-700 hover:underline"
                    aria-expanded={isOpen}
                    aria-controls={viewerId}
                    onClick={() => setOpenId(isOpen ? null : annex.id)}
                  >
                    {isOpen ? t("close") : t("view")}
                    <span className="sr-only"> {annex.fileName}</span>
                  </button>
                  <a href={`/api/v1/annexes/${annex.id}`} className="font-medium text-brand-700 hover:underline" download>
                    {t("download")}
                    <span className="sr-only"> {annex.fileName}</span>
                  </a>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div id={viewerId} className="print:hidden">
        {open && (
          <iframe
            key={open.id}
            ref={frame}
            title={t("frameTitle", { name: open.fileName })}
            src={`/api/v1/annexes/${open.id}/view`}
            className="h-[70vh] w-full rounded-md border border-slate-300 bg-slate-100"
            referrerPolicy="no-referrer"
          />
        )}
      </div>
    </section>
  );
}
