"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import type { AudienceView, CeremonyMode } from "@/lib/domain/ceremony";

export interface FeedState {
  version: number;
  view: AudienceView;
}

const POLL_MS = 2000;
const REOPEN_MS = 5000;

function isFeedState(value: unknown): value is FeedState {
  return typeof value === "object" && value !== null && "version" in value && "view" in value;
}

/**
 * Follows the show live: server-sent events first (EventSource reconnects by itself), polling every 2 s while
 * the stream is down. An answer older than the one shown (a slow poll) never replaces it.
 */
export function useCeremonyFeed({ year, mode, initial }: { year: number; mode: CeremonyMode; initial: FeedState }) {
  const [state, setState] = useState(initial);
  const [isPolling, setIsPolling] = useState(false);
  // The server words each step (a place's name) in the screen's language.
  const locale = useLocale();

  useEffect(() => {
    const query = `?${new URLSearchParams({ ...(mode === "rehearsal" ? { rehearsal: "1" } : {}), lang: locale })}`;
    let source: EventSource | undefined;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;

    const apply = (next: unknown) => {
      if (isStopped || !isFeedState(next)) return;
      setState((current) => (next.version >= current.version ? next : current));
    };
    const poll = async () => {
      try {
        const response = await fetch(`/api/v1/ceremony/${year}${query}`, { cache: "no-store" });
        if (response.ok) apply(await response.json());
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    const startPolling = () => {
      if (pollTimer) return;
      setIsPolling(true);
      void poll();
      pollTimer = setInterval(() => void poll(), POLL_MS);
    };
    const stopPolling = () => {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = undefined;
      setIsPolling(false);
    };
    const open = () => {
      if (isStopped) return;
      const current = new EventSource(`/api/v1/ceremony/${year}/stream${query}`);
      source = current;
      current.addEventListener("step", (event) => {
        try {
          apply(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          // A malformed event is skipped; the next one or a poll carries the state.
        }
      });
      current.onopen = stopPolling;
      current.onerror = () => {
        startPolling();
        // EventSource retries by itself, except after a refused answer: then it is opened again a little later.
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          reopenTimer = setTimeout(open, REOPEN_MS);
        }
      };
    };

    open();
    return () => {
      isStopped = true;
      source?.close();
      if (pollTimer) clearInterval(pollTimer);
      if (reopenTimer) clearTimeout(reopenTimer);
    };
  }, [year, mode, locale]);

  return { state, isPolling };
}
