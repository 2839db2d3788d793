"use client";

import { useEffect, useRef } from "react";

const NEXT_KEYS = new Set(["ArrowRight", "PageDown", " "]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "PageUp"]);

/**
 * The presenter's shortcuts: →, Page Down or Space for the next step, ← or Page Up for the previous one
 * (presentation clickers send Page Down and Page Up). Keys typed into a field are left alone, and Space on a
 * focused button or link keeps its own meaning (pressing it).
 */
export function usePresenterKeys({ onNext, onPrevious }: { onNext: () => void; onPrevious: () => void }) {
  // The handlers change with every render; the listener is attached once and reads the latest.
  const handlers = useRef({ onNext, onPrevious });
  useEffect(() => {
    handlers.current = { onNext, onPrevious };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (event.key === " " && target?.closest("button, a, summary")) return;
      if (NEXT_KEYS.has(event.key)) {
        event.preventDefault();
        handlers.current.onNext();
      } else if (PREVIOUS_KEYS.has(event.key)) {
        event.preventDefault();
        handlers.current.onPrevious();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
