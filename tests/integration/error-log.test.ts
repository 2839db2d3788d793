import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { toActionFailure } from "@/lib/actions/result";
import { handleRoute } from "@/lib/api/respond";
import { redirectLogForTests } from "@/lib/log";
import { describeEachEngine } from "../helpers/db";

// Stands for a dossier's contents, a contact's email and a password: none may reach the log.
const MARKER = "dossier-secret-7f3a jane.doe@example.org hunter2";

let restore: (() => void) | undefined;

afterEach(() => restore?.());

function captureLog(): string[] {
  const lines: string[] = [];
  restore = redirectLogForTests(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
  return lines;
}

function readErrorId(message: string): string {
  const match = /\(error id ([0-9a-f]{8})\)/.exec(message);
  expect(match, message).not.toBeNull();
  return match![1]!;
}

describeEachEngine("logging unexpected errors", (t) => {
  async function failOnDatabase(): Promise<unknown> {
    // Both the driver's message (invalid input "…") and drizzle's (the query and its params) carry the marker.
    return t.db.execute(sql`select ${MARKER + "\u0000"}::text, ${MARKER}::integer`).then(
      () => expect.unreachable("the query should fail"),
      (error: unknown) => error,
    );
  }

  it("logs a failed action's database error under the id the user sees, without its parameters", async () => {
    const error = await failOnDatabase();
    expect(String((error as Error).message)).toContain(MARKER);
    const lines = captureLog();
    const failure = toActionFailure(error);
    expect(failure.code).toBe("ERROR");
    expect(failure.message).toMatch(/^Something went wrong on our side\./);
    const errorId = readErrorId(failure.message);
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toContain("dossier-secret");
    expect(line).not.toContain("jane.doe@example.org");
    expect(line).not.toContain("hunter2");
    expect(line).not.toContain("\\u0000");
    expect(line).not.toMatch(/select/i);
    const entry = JSON.parse(line) as { errorId: string; level: number; error: { name: string; code?: string; stack?: string[] }[] };
    expect(entry.errorId).toBe(errorId);
    expect(entry.level).toBe(50);
    expect(entry.error.length).toBeGreaterThan(0);
    expect(entry.error.some((e) => typeof e.code === "string")).toBe(true);
  });

  it("does the same for a route handler's unexpected error, with the id in the JSON body", async () => {
    const error = await failOnDatabase();
    const lines = captureLog();
    const response = await handleRoute(async () => {
      throw error;
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    const errorId = readErrorId(body.error.message);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("dossier-secret");
    expect((JSON.parse(lines[0]!) as { errorId: string }).errorId).toBe(errorId);
  });
});
