import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildArchive, openArchive } from "@/lib/portability/archive";
import { ARCHIVE_FORMAT, type EditionDocument } from "@/lib/portability/format";

const DOCUMENT = {
  format: ARCHIVE_FORMAT,
  countries: [{ code: "BE", name: "Belgium", joinedOn: "1958-01-01", leftOn: null }],
  users: [{ id: 7, name: "Anne Admin", email: "anne@example.org" }],
  editions: [{ id: 3, year: 2049, theme: "=SUM(A1) is text, not a formula", presidencyCountryCode: "BE", createdAt: new Date("2049-01-01T10:00:00Z") }],
  prizes: [],
  criteria: [],
  nominations: [],
  annexes: [],
  memberships: [],
  assignments: [],
  conflicts: [],
  scoreSheets: [],
  scores: [],
  tieDecisions: [],
  awards: [],
  ceremonies: [],
  mailTemplates: [],
  auditEvents: [{ id: 1, editionId: 3, actorUserId: 7, action: "edition.created", entityType: "edition", entityId: "3", data: { note: "a, \"quoted\" value" } }],
  frozenResults: [],
} as unknown as EditionDocument;

const build = () => buildArchive({ document: DOCUMENT, files: { "annexes/x.pdf": new TextEncoder().encode("%PDF-1.4 tiny") }, appVersion: "0.1.0", now: new Date("2049-02-01T00:00:00Z") });

describe("the edition archive", () => {
  it("holds edition.json, a CSV per table and a manifest of counts and SHA-256s, and opens again", () => {
    const { bytes, manifest } = build();
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(["annexes/x.pdf", "csv/annexes.csv", "csv/assignments.csv", "csv/audit_events.csv", "csv/awards.csv", "csv/ceremonies.csv", "csv/conflicts.csv", "csv/countries.csv", "csv/criteria.csv", "csv/editions.csv", "csv/frozen_results.csv", "csv/mail_templates.csv", "csv/memberships.csv", "csv/nominations.csv", "csv/prizes.csv", "csv/score_sheets.csv", "csv/scores.csv", "csv/tie_decisions.csv", "csv/users.csv", "edition.json", "manifest.json"]);
    expect(manifest).toMatchObject({ format: ARCHIVE_FORMAT, appVersion: "0.1.0", createdAt: "2049-02-01T00:00:00.000Z", edition: { year: 2049 }, counts: { editions: 1, users: 1, auditEvents: 1, scores: 0 } });
    expect(Object.keys(manifest.files)).toHaveLength(20);
    expect(Buffer.from(entries["csv/users.csv"]!).toString("utf8")).toBe("\uFEFFid,name,email\r\n7,Anne Admin,anne@example.org\r\n");
    expect(strFromU8(entries["csv/audit_events.csv"]!)).toContain(`"{""note"":""a, \\""quoted\\"" value""}"`);
    const opened = openArchive(bytes);
    expect(opened.json).toMatchObject({ editions: [{ year: 2049, createdAt: "2049-01-01T10:00:00.000Z" }] });
    expect(opened.manifest).toEqual(manifest);
  });

  it("refuses a copy with any one byte changed, wherever it is", () => {
    const { bytes } = build();
    for (let index = 0; index < bytes.length; index++) {
      const copy = bytes.slice();
      copy[index] = copy[index]! ^ 0x01;
      expect(() => openArchive(copy), `byte ${index} of ${bytes.length}`).toThrow(/^The archive is damaged or is not a Palmarès edition export: /);
    }
    // Every byte of a 20-file archive, each unzipped again: seconds on a busy machine.
  }, 30_000);

  it("refuses a file that is no zip, and a zip without the checksum", () => {
    expect(() => openArchive(new TextEncoder().encode("not a zip"))).toThrow("it is not a readable zip file.");
    const { bytes } = build();
    expect(() => openArchive(bytes.subarray(0, bytes.length - 10))).toThrow(/damaged/);
  });
});
