import { isDatabaseUnavailableError } from "../errors";
import { logDatabaseUnavailable, logUnexpectedError } from "../log";
import { discardConnectionAfter, type Database } from "../../db/client";
import { pruneFinishedJobs, runDueJobs, scheduleRecurringJobs } from "./runner";

interface RunnerState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  isRunRequested?: boolean;
  /** Read at every run, so a connection replaced after a database crash is the one used next. */
  getDb?: () => Database;
}

// One runner per process, kept on globalThis because route handlers and server actions may be bundled apart.
const state = (globalThis as unknown as { palmaresJobRunner?: RunnerState }).palmaresJobRunner ?? {};
(globalThis as unknown as { palmaresJobRunner?: RunnerState }).palmaresJobRunner = state;

const INTERVAL_MS = 10_000;

function tick(): void {
  if (!state.getDb) return;
  const db = state.getDb();
  // A tick during a run makes that run look again when it ends, so two ticks never overlap in one process.
  if (state.running) {
    state.isRunRequested = true;
    return;
  }
  state.running = (async () => {
    do {
      state.isRunRequested = false;
      await runDueJobs({ db });
    } while (state.isRunRequested);
  })()
    .catch((error: unknown) => {
      const where = "the job runner (it tries again at its next tick)";
      if (isDatabaseUnavailableError(error)) logDatabaseUnavailable(where, error);
      else logUnexpectedError(where, error);
      discardConnectionAfter(error);
    })
    .finally(() => {
      state.running = undefined;
    });
}

/** Starts this process's job runner: one interval timer that never keeps the process alive and never throws. */
export async function startJobRunner({ getDb, intervalMs = INTERVAL_MS }: { getDb: () => Database; intervalMs?: number }): Promise<void> {
  if (state.timer) return;
  state.getDb = getDb;
  const db = getDb();
  try {
    await scheduleRecurringJobs({ db });
    await pruneFinishedJobs({ db });
  } catch (error) {
    logUnexpectedError("scheduling the recurring jobs", error);
  }
  state.timer = setInterval(tick, intervalMs);
  state.timer.unref();
  process.once("exit", stopJobRunner);
  tick();
}

/** Stops the timer; a run in progress finishes on its own. */
export function stopJobRunner(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}

/** Asks the runner to look for due jobs now rather than at its next tick (after a job was queued in this process). */
export function wakeJobRunner(): void {
  if (state.timer) tick();
}
