import { expect, it } from "vitest";
import { createCeremonyStream } from "@/lib/api/ceremony-stream";
import { getAudienceState, getCeremonyToken } from "@/lib/ceremony/queries";
import { moveCeremonyStep, startCeremony } from "@/lib/ceremony/control";
import { PLACE_MARKERS, setUpCeremonyEdition } from "../fixtures/ceremony";
import { describeEachEngine } from "../helpers/db";

/** Reads server-sent events off a stream, one "step" event's data at a time. */
function readEvents(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const raw: string[] = [];
  return {
    raw,
    async nextStep(): Promise<{ version: number; view: { kind: string } }> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          raw.push(block);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (block.startsWith("event: step") && data) return JSON.parse(data.slice(6));
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("The stream ended");
        buffer += decoder.decode(value, { stream: true });
      }
    },
  };
}

describeEachEngine("ceremony event stream", (t) => {
  it("sends the current step at once and each new step right after the presenter moves, never a later one", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    let { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    const abort = new AbortController();
    const stream = createCeremonyStream({
      editionId: edition.id,
      signal: abort.signal,
      // A long poll: only the in-process signal can make the next step arrive within the test's time.
      pollMs: 60_000,
      readToken: () => getCeremonyToken({ db: t.db, editionId: edition.id, mode: "live" }),
      readState: async () => {
        const state = await getAudienceState({ db: t.db, viewer: null, year: edition.year, mode: "live" });
        return { version: state!.version, view: state!.view };
      },
    });
    const events = readEvents(stream);
    expect((await events.nextStep()).view.kind).toBe("title");

    const started = Date.now();
    ({ version } = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version }));
    const nominees = await events.nextStep();
    expect(nominees).toMatchObject({ version, view: { kind: "nominees" } });
    expect(Date.now() - started).toBeLessThan(10_000);

    await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version });
    const third = await events.nextStep();
    expect(third.view).toMatchObject({ kind: "place", rank: 3 });
    abort.abort();
    const text = events.raw.join("\n");
    expect(text).toContain("retry: 2000");
    for (const marker of [...Object.values(PLACE_MARKERS[1]), ...Object.values(PLACE_MARKERS[2])]) {
      if (marker.includes("title")) continue; // Titles are named as nominees; places, prizes and reasons are not.
      expect(text).not.toContain(marker);
    }
  });
});
