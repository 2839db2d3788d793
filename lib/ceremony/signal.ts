import { EventEmitter } from "node:events";

// One emitter per server process, kept on globalThis because route handlers and server actions may be bundled apart.
const globalForSignal = globalThis as unknown as { palmaresCeremonySignal?: EventEmitter };

function getEmitter(): EventEmitter {
  if (!globalForSignal.palmaresCeremonySignal) {
    const emitter = new EventEmitter();
    // Every open audience screen listens; there is no sensible cap on them.
    emitter.setMaxListeners(0);
    globalForSignal.palmaresCeremonySignal = emitter;
  }
  return globalForSignal.palmaresCeremonySignal;
}

/** Tells this process's open ceremony streams that an edition's show changed, so they answer at once. */
export function announceCeremonyChange(editionId: number): void {
  getEmitter().emit(`edition:${editionId}`);
}

/**
 * Waits until the edition's show changes in this process, the timeout passes, or the request ends. Streams
 * still poll on the timeout, so a change made by another server process is seen too, only later.
 */
export function waitForCeremonyChange(editionId: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const emitter = getEmitter();
    const event = `edition:${editionId}`;
    const done = () => {
      clearTimeout(timer);
      emitter.off(event, done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    emitter.on(event, done);
    signal.addEventListener("abort", done);
    if (signal.aborted) done();
  });
}
