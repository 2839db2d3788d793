import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnection, type Connection } from "@/db/client";
import {
  createCeremonySignal,
  listenForCeremonyChanges,
  notifyCeremonyChange,
  waitForCeremonyChange,
  type CeremonySignal,
} from "@/lib/ceremony/signal";
import { createServerDatabase } from "../helpers/db";

/** Resolves with the milliseconds the wait took, or with the timeout if nothing woke it. */
async function timeWait(signal: CeremonySignal, editionId: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  await waitForCeremonyChange(editionId, timeoutMs, new AbortController().signal, signal);
  return Date.now() - started;
}

// Two server processes, each with its own pool, listening connection and emitter, on one database.
describe.skipIf(!process.env.TEST_DATABASE_URL)("ceremony signal across processes [postgres]", () => {
  let server: Awaited<ReturnType<typeof createServerDatabase>>;
  let first: Connection;
  let second: Connection;
  const firstSignal = createCeremonySignal();
  const secondSignal = createCeremonySignal();

  beforeAll(async () => {
    server = await createServerDatabase("palmares_instances_signal");
    first = openConnection({ url: server.url, max: 2 });
    second = openConnection({ url: server.url, max: 2 });
    await listenForCeremonyChanges(first, firstSignal);
    await listenForCeremonyChanges(second, secondSignal);
  });

  afterAll(async () => {
    await firstSignal.unlisten?.();
    await secondSignal.unlisten?.();
    await first?.close();
    await second?.close();
    await server?.drop();
  });

  it("a change committed through one process wakes the other's streams at once, and only that edition's", async () => {
    const woken = timeWait(secondSignal, 41, 5000);
    const otherEdition = timeWait(secondSignal, 42, 1500);
    await first.db.transaction(async (tx) => notifyCeremonyChange(tx, 41, firstSignal));
    expect(await woken).toBeLessThan(1000);
    expect(await otherEdition).toBeGreaterThanOrEqual(1500);
  });

  it("after its pool was destroyed (a lost database), a process listens on the fresh one it opens", async () => {
    const replaced = openConnection({ url: server.url, max: 2 });
    const fresh = openConnection({ url: server.url, max: 2 });
    const signal = createCeremonySignal();
    try {
      await listenForCeremonyChanges(replaced, signal);
      await replaced.destroy();
      await listenForCeremonyChanges(fresh, signal);
      const woken = timeWait(signal, 44, 5000);
      await first.db.transaction(async (tx) => notifyCeremonyChange(tx, 44, firstSignal));
      expect(await woken).toBeLessThan(1000);
    } finally {
      await signal.unlisten?.();
      await fresh.close();
    }
  });

  it("a change rolled back tells nobody", async () => {
    const woken = timeWait(secondSignal, 43, 1500);
    await expect(
      first.db.transaction(async (tx) => {
        await notifyCeremonyChange(tx, 43, firstSignal);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await woken).toBeGreaterThanOrEqual(1500);
  });

  it("the notice waits for the commit, and the sending process skips its own (it announced it already)", async () => {
    const woken = timeWait(secondSignal, 44, 5000);
    const own = timeWait(firstSignal, 44, 1500);
    const started = Date.now();
    await first.db.transaction(async (tx) => {
      await notifyCeremonyChange(tx, 44, firstSignal);
      await tx.execute(sql`select pg_sleep(0.4)`);
    });
    expect(await woken).toBeGreaterThanOrEqual(400);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await own).toBeGreaterThanOrEqual(1500);
  });
});
