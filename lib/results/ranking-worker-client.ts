import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ComputedSnapshot } from "./ranking-snapshot";

type WorkerReply = ({ ok: true } & ComputedSnapshot) | { ok: false; message: string };

/**
 * Computes and stores the edition's ranking snapshot in a worker thread with its own connection to the server at
 * `url`, so a 10,000-dossier ranking (about 2 s of CPU) never blocks a request. The production build bundles the
 * worker (Turbopack's `new Worker(new URL(…))`); from source (tests, scripts) it runs the .ts file through tsx.
 */
export function computeRankingSnapshotInWorker({ url, editionId }: { url: string; editionId: number }): Promise<ComputedSnapshot> {
  const entry = new URL("./ranking-worker.ts", import.meta.url);
  const isSource = entry.pathname.endsWith(".ts");
  return new Promise((resolve, reject) => {
    const workerData = { url, editionId };
    const worker = isSource
      ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(fileURLToPath(entry))});`, { eval: true, workerData })
      : new Worker(entry, { workerData });
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
