import { parentPort, workerData } from "node:worker_threads";
import { openConnection } from "../../db/client";
import { computeRankingSnapshot } from "./ranking-snapshot";

/*
 * The worker thread of the job ranking.compute on the PostgreSQL server (lib/results/ranking-worker-client.ts): it
 * opens its own connection, loads, computes and stores the snapshot, so the app's event loop never waits for it.
 */
interface RankingWorkerData {
  url: string;
  editionId: number;
}

async function main({ url, editionId }: RankingWorkerData) {
  const connection = openConnection({ url, max: 1 });
  try {
    const computed = await computeRankingSnapshot({ db: connection.db, editionId });
    parentPort?.postMessage({ ok: true, ...computed });
  } finally {
    await connection.close();
  }
}

main(workerData as RankingWorkerData).catch((error: unknown) => {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
});
