"use client";

import Link from "next/link";

export interface PageErrorText {
  kicker: string;
  title: string;
  body: string;
  retry: string;
  home: string;
  errorId: (digest: string) => string;
}

/**
 * A page that could not be rendered: most often the database was away for a moment (a restart, a failover), so it
 * says to try again and offers the button, and gives the error id the server's log carries, never the error itself.
 */
export function PageError({ text, digest, onRetry }: { text: PageErrorText; digest?: string; onRetry: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-8 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-amber-800">{text.kicker}</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl">{text.title}</h1>
      <p className="mt-4 text-slate-700">{text.body}</p>
      <div className="mt-8 flex flex-col items-center gap-3 sm:flex-row sm:justify-center sm:gap-8">
        <button type="button" onClick={onRetry} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {text.retry}
        </button>
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          {text.home}
        </Link>
      </div>
      {digest && <p className="mt-6 text-xs text-slate-600">{text.errorId(digest)}</p>}
    </div>
  );
}
