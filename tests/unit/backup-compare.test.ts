import { describe, expect, it } from "vitest";
import { compareMigrationLevels } from "@/lib/backup/migration-level";
import { compareFingerprints, type DatabaseFingerprint } from "@/lib/backup/table-checksums";

const MD5_A = "0cc175b9c0f1b6a831c399e269772661";
const MD5_B = "92eb5ffee6ae2fec3ad71c777531578f";
const backup: DatabaseFingerprint = {
  tables: { "public.scores": { rows: 30, md5: MD5_A }, "public.nominations": { rows: 3, md5: MD5_B } },
  sequences: { "public.users_id_seq": 12 },
};

describe("compareFingerprints", () => {
  it("finds nothing when every table and sequence is the same", () => {
    expect(compareFingerprints(backup, structuredClone(backup))).toEqual([]);
  });

  it("names a table whose row count differs, and one whose rows changed with the same count", () => {
    const copy = structuredClone(backup);
    copy.tables["public.scores"] = { rows: 29, md5: MD5_A };
    copy.tables["public.nominations"] = { rows: 3, md5: MD5_A };
    expect(compareFingerprints(backup, copy)).toEqual([
      "table public.scores has 29 rows, the backup 30",
      "table public.nominations has 3 rows as in the backup, but their checksum differs",
    ]);
  });

  it("names a missing table and one the backup does not have", () => {
    const copy = structuredClone(backup);
    delete copy.tables["public.scores"];
    copy.tables["public.extra"] = { rows: 0, md5: MD5_A };
    expect(compareFingerprints(backup, copy)).toEqual(["table public.scores is missing", "table public.extra is not in the backup"]);
  });

  it("accepts a sequence ahead of the backup but not one behind it or missing", () => {
    expect(compareFingerprints(backup, { ...backup, sequences: { "public.users_id_seq": 40 } })).toEqual([]);
    expect(compareFingerprints(backup, { ...backup, sequences: { "public.users_id_seq": 11 } })).toEqual(["sequence public.users_id_seq is at 11, behind the backup's 12"]);
    expect(compareFingerprints(backup, { ...backup, sequences: {} })).toEqual(["sequence public.users_id_seq is missing"]);
  });
});

describe("compareMigrationLevels", () => {
  const level = (applied: number) => ({ applied, latest: `00${applied - 1}_step` });

  it("is silent when backup, restored copy and code agree", () => {
    expect(compareMigrationLevels(level(20), level(20), level(20))).toEqual({ problems: [], notes: [] });
  });

  it("only notes a backup behind the code, to be migrated", () => {
    expect(compareMigrationLevels(level(18), level(18), level(20))).toEqual({ problems: [], notes: ["the backup is at migration 18 of 20: run npm run db:migrate before starting the app"] });
  });

  it("refuses a copy whose level differs from the backup's, and a backup ahead of the code", () => {
    expect(compareMigrationLevels(level(20), level(19), level(20)).problems).toEqual(["the restored database is at migration 19 (0018_step), the backup recorded 20 (0019_step)"]);
    expect(compareMigrationLevels(level(21), level(21), level(20)).problems).toEqual([
      "the backup is migrated further (21) than this version of the app knows (20): restore it with the app version that made it",
    ]);
  });
});
