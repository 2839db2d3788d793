"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

// Text never shrinks below 40 % of its designed size: past that a slide has too much on it, and it scrolls instead.
const MIN_FIT = 0.4;
const MAX_PASSES = 8;

/**
 * Shrinks the slide's text until the slide fits its frame. The steps' sizes are chosen for typical content;
 * this catches the rest (a very long title, 27 nominees, a narrow window) by setting --fit, which every text
 * size multiplies, measured in the browser after each render and on every resize.
 */
export function SlideFrame({ children }: { children: React.ReactNode }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);

  const fit = () => {
    const frame = frameRef.current;
    const content = contentRef.current;
    if (!frame || !content) return;
    let scale = 1;
    frame.style.setProperty("--fit", "1");
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const ratio = frame.clientHeight / content.scrollHeight;
      if (ratio >= 1 || scale === MIN_FIT) break;
      // Wrapped text grows with the square of its size; the last passes only nudge.
      scale = Math.max(MIN_FIT, scale * Math.min(0.97, Math.sqrt(ratio)));
      frame.style.setProperty("--fit", scale.toFixed(3));
    }
  };

  // After every render: the step (and so the text) may have changed.
  useLayoutEffect(fit);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={frameRef} data-testid="slide" className="slide-frame h-full w-full overflow-auto bg-slate-950 text-white">
      <div ref={contentRef} className="flex min-h-full w-full flex-col justify-center gap-[calc(1.6*var(--slide))] px-[calc(5*var(--slide))] py-[calc(4*var(--slide))] [overflow-wrap:anywhere]">
        {children}
      </div>
    </div>
  );
}
