import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ComputedSnapshot } from "./ranking-snapshot";

/**
 * The worker's own heap bound, so a smaller one given to the server (--max-old-space-size, which workers otherwise
 * inherit) cannot kill the computation: a 10,000-dossier edition needs about 550 MB.
 */
const WORKER_HEAP_MB = 2048;

type WorkerReply = ({ ok: true } & ComputedSnapshot) | { ok: false; message: string };

/**
 * Whether this module runs from source (tests, tsx scripts) rather than in Next's bundle. Not told by
 * import.meta.url, which the bundle keeps as the source file's name (…/ranking-worker-client.ts): every job then
 * started tsx and compiled the worker's sources again (0.7 s of CPU), and needed them on the server. Next's server
 * sets NEXT_RUNTIME.
 */
function isRunFromSource(): boolean {
  return process.env.NEXT_RUNTIME === undefined;
}

/**
 * Computes and stores the edition's ranking snapshot in a worker thread with its own connection to the server at
 * `url`, so a 10,000-dossier ranking (seconds of CPU) never blocks a request. The production build bundles the worker
 * (Turbopack reads the literal `new Worker(new URL(…))`); from source the .ts file runs through tsx.
 */
export function computeRankingSnapshotInWorker({ url, editionId }: { url: string; editionId: number }): Promise<ComputedSnapshot> {
  const workerData = { url, editionId };
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  return new Promise((resolve, reject) => {
    let worker: Worker;
    if (isRunFromSource()) {
      const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "ranking-worker.ts");
      worker = new Worker(`require("tsx/cjs"); require(${JSON.stringify(entry)});`, { eval: true, workerData, resourceLimits });
    } else {
      worker = new Worker(new URL("./ranking-worker.ts", import.meta.url), { workerData, resourceLimits });
    }
    let reply: WorkerReply | undefined;
    worker.once("message", (message: WorkerReply) => {
      reply = message;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (reply?.ok) resolve({ version: reply.version, isComputed: reply.isComputed });
      else reject(new Error(reply ? `The ranking worker failed: ${reply.message}` : `The ranking worker stopped with code ${code}.`));
    });
  });
}
