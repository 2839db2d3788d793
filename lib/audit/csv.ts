import type { Executor } from "../../db/client";
import type { SessionUser } from "../auth/session-user";
import { toCsv, type CsvValue } from "../export/csv";
import type { AuditFilter } from "../validation/audit-filter";
import { toAuditLine } from "./format";
import { assertMayReadAudit, iterateAuditEvents } from "./queries";

export const AUDIT_CSV_HEADER = ["Entry", "Time (UTC)", "Time (Europe/Brussels)", "Person", "Person id", "What", "Action", "Record type", "Record id", "Edition", "Details"];

function toCsvRow(line: ReturnType<typeof toAuditLine>): CsvValue[] {
  return [
    line.id,
    line.at.toISOString(),
    line.time,
    line.actor,
    line.actorUserId,
    line.what,
    line.action,
    line.entityType,
    line.entityId,
    line.editionYear,
    line.details.map((d) => `${d.label}: ${d.value}`).join("; "),
  ];
}

/**
 * The filtered trail as a CSV stream (lib/export/csv.ts escapes fields and defuses formulas), read in keyset
 * batches so a long trail never sits whole in memory. Access is checked before the first byte.
 */
export function streamAuditCsv({ db, viewer, filter }: { db: Executor; viewer: SessionUser; filter: AuditFilter }): ReadableStream<Uint8Array> {
  assertMayReadAudit(viewer);
  const encoder = new TextEncoder();
  const batches = iterateAuditEvents({ db, viewer, filter });
  let isHeaderSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!isHeaderSent) {
        isHeaderSent = true;
        controller.enqueue(encoder.encode(toCsv([AUDIT_CSV_HEADER])));
        return;
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      // toCsv starts each document with a byte-order mark: only the header's is kept.
      controller.enqueue(encoder.encode(toCsv(next.value.map((row) => toCsvRow(toAuditLine(row)))).slice(1)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** The whole filtered CSV as one text (tests, and small trails). */
export async function readAuditCsv(args: { db: Executor; viewer: SessionUser; filter: AuditFilter }): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, as a spreadsheet receives it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(streamAuditCsv(args)).arrayBuffer());
}
