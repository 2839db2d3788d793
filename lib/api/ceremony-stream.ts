import { waitForCeremonyChange } from "../ceremony/signal";
import { logUnexpectedError } from "../log";

/** Headers of a server-sent event stream; no-transform keeps compression (which would buffer it) away. */
export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-store, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

export interface CeremonyStreamOptions {
  editionId: number;
  /** Changes whenever what the audience sees may have changed; cheap, read on every tick. */
  readToken: () => Promise<string>;
  /** The current step's state, read only when the token changed. */
  readState: () => Promise<unknown>;
  signal: AbortSignal;
  pollMs?: number;
  heartbeatMs?: number;
  /** The stream ends after this long; EventSource then reconnects, and the rights are checked again. */
  maxMs?: number;
}

const encoder = new TextEncoder();

/**
 * A server-sent event stream of the show: a "step" event with the current state at once and after each change
 * (signalled in this process, or seen by polling), and a comment line as heartbeat so proxies keep it open.
 */
export function createCeremonyStream(options: CeremonyStreamOptions): ReadableStream<Uint8Array> {
  const { editionId, readToken, readState, signal, pollMs = 1000, heartbeatMs = 15_000, maxMs = 5 * 60_000 } = options;
  let isClosed = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        try {
          controller.close();
        } catch {
          // Already closed by the other side.
        }
      };
      const send = (text: string) => {
        if (isClosed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      signal.addEventListener("abort", close);

      // The loop runs detached from start(), so the first events reach the browser while it keeps going.
      void (async () => {
        const startedAt = Date.now();
        let lastToken: string | undefined;
        let lastPayload: string | undefined;
        let lastSentAt = Date.now();
        send("retry: 2000\n\n");
        try {
          while (!isClosed && Date.now() - startedAt < maxMs) {
            const token = await readToken();
            if (token !== lastToken) {
              lastToken = token;
              const payload = JSON.stringify(await readState());
              if (payload !== lastPayload) {
                lastPayload = payload;
                send(`event: step\ndata: ${payload}\n\n`);
                lastSentAt = Date.now();
              }
            }
            if (Date.now() - lastSentAt >= heartbeatMs) {
              send(": heartbeat\n\n");
              lastSentAt = Date.now();
            }
            await waitForCeremonyChange(editionId, pollMs, signal);
          }
        } catch (error) {
          logUnexpectedError("the ceremony stream", error);
        } finally {
          signal.removeEventListener("abort", close);
          close();
        }
      })();
    },
    cancel() {
      isClosed = true;
    },
  });
}
