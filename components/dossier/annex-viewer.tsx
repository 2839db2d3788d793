"use client";

import { useEffect, useId, useRef, useState } from "react";
import { formatEditionMoment } from "@/lib/format/edition-time";

/** An annex as the viewer lists it. */
export interface ViewerAnnex {
  id: string;
  fileName: string;
  sizeBytes: number;
  uploadedAt: Date;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
        Annexes ({annexes.length})
      </Heading>
      {annexes.length === 0 ? (
        <p className="text-sm text-slate-600">No annexes were attached to this dossier.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {annexes.map((annex) => {
            const isOpen = annex.id === openId;
            return (
              <li key={annex.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span className="min-w-0 break-all">
                  <span className="font-medium text-slate-900">{annex.fileName}</span>
                  <span className="block text-xs text-slate-600">
                    {formatSize(annex.sizeBytes)} · added {formatEditionMoment(annex.uploadedAt, timeZone)}
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
                    {isOpen ? "Close" : "View"}
                    <span className="sr-only"> {annex.fileName}</span>
                  </button>
                  <a href={`/api/v1/annexes/${annex.id}`} className="font-medium text-brand-700 hover:underline" download>
                    Download<span className="sr-only"> {annex.fileName}</span>
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
            title={`Annex: ${open.fileName}`}
            src={`/api/v1/annexes/${open.id}/view`}
            className="h-[70vh] w-full rounded-md border border-slate-300 bg-slate-100"
            referrerPolicy="no-referrer"
          />
        )}
      </div>
    </section>
  );
}
