import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import type { Connection, Executor } from "../../db/client";
import { isDatabaseUnavailableError } from "../errors";
import { logDatabaseUnavailable, logUnexpectedError } from "../log";

const RETRY_LISTEN_MS = 5000;

/** The PostgreSQL channel on which every server process hears of a show's change. */
export const CEREMONY_CHANNEL = "palmares_ceremony";
/** Wakes every waiting stream at once: the listening connection came back and may have missed a notice. */
const RESYNC_EVENT = "resync";

/**
 * One process's signal: an emitter that wakes its open streams, and (on the server engine) one listening connection
 * that feeds it the changes other processes commit. PGlite is one process, so its emitter is enough.
 */
export interface CeremonySignal {
  emitter: EventEmitter;
  /** Tells notices sent by this process from those of others, which it has already announced itself. */
  origin: string;
  /** The connection listened on: a new one (after the app dropped a lost pool) is listened on afresh. */
  connection?: Connection;
  listening?: Promise<void>;
  unlisten?: () => Promise<void>;
}

export function createCeremonySignal(): CeremonySignal {
  const emitter = new EventEmitter();
  // Every open audience screen listens; there is no sensible cap on them.
  emitter.setMaxListeners(0);
  return { emitter, origin: randomUUID() };
}

// One signal per server process, kept on globalThis because route handlers and server actions may be bundled apart.
const globalForSignal = globalThis as unknown as { palmaresCeremonySignal?: CeremonySignal };

function getSignal(): CeremonySignal {
  globalForSignal.palmaresCeremonySignal ??= createCeremonySignal();
  return globalForSignal.palmaresCeremonySignal;
}

/**
 * Starts listening on the connection's channel once per signal (at server start); a notice from another process
 * wakes that edition's streams here. The driver re-subscribes after a lost connection; a first subscription that
 * fails is logged and tried again, and the streams poll meanwhile.
 */
export function listenForCeremonyChanges(connection: Connection, signal: CeremonySignal = getSignal()): Promise<void> {
  if (!connection.listen) return Promise.resolve();
  if (signal.connection !== connection) {
    // The earlier connection's pool was ended with its listener; a notice missed meanwhile is caught by a resync.
    if (signal.connection) signal.emitter.emit(RESYNC_EVENT);
    signal.connection = connection;
    signal.listening = undefined;
  }
  let subscriptions = 0;
  signal.listening ??= connection
    .listen(
      CEREMONY_CHANNEL,
      (payload) => {
        const [editionId, origin] = payload.split(":");
        if (origin !== signal.origin) signal.emitter.emit(`edition:${editionId}`);
      },
      () => {
        // After a reconnection a notice may have been lost: every stream looks again.
        if (subscriptions++ > 0) signal.emitter.emit(RESYNC_EVENT);
      },
    )
    .then(
      (unlisten) => {
        signal.unlisten = unlisten;
      },
      (error: unknown) => {
        const where = "listening for ceremony changes (the streams poll meanwhile)";
        if (isDatabaseUnavailableError(error)) logDatabaseUnavailable(where, error);
        else logUnexpectedError(where, error);
        setTimeout(() => {
          if (signal.connection !== connection) return;
          signal.listening = undefined;
          void listenForCeremonyChanges(connection, signal);
        }, RETRY_LISTEN_MS).unref();
      },
    );
  return signal.listening;
}

/**
 * Inside the change's transaction: a NOTIFY that PostgreSQL delivers to every listening process only when the
 * transaction commits (PGlite has no other process to tell; the notice is harmless there).
 */
export async function notifyCeremonyChange(tx: Executor, editionId: number, signal: CeremonySignal = getSignal()): Promise<void> {
  await tx.execute(sql`select pg_notify(${CEREMONY_CHANNEL}, ${`${editionId}:${signal.origin}`})`);
}

/** After the change committed: wakes this process's own streams at once, without waiting for the notice's round trip. */
export function announceCeremonyChange(editionId: number, signal: CeremonySignal = getSignal()): void {
  signal.emitter.emit(`edition:${editionId}`);
}

/**
 * Waits until the edition's show changes (in this process, or in another one on the server engine), the timeout
 * passes, or the request ends. Streams still poll on the timeout, in case a notice is lost.
 */
export function waitForCeremonyChange(
  editionId: number,
  timeoutMs: number,
  abort: AbortSignal,
  signal: CeremonySignal = getSignal(),
): Promise<void> {
  return new Promise((resolve) => {
    const { emitter } = signal;
    const event = `edition:${editionId}`;
    const done = () => {
      clearTimeout(timer);
      emitter.off(event, done);
      emitter.off(RESYNC_EVENT, done);
      abort.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    emitter.on(event, done);
    emitter.on(RESYNC_EVENT, done);
    abort.addEventListener("abort", done);
    if (abort.aborted) done();
  });
}
