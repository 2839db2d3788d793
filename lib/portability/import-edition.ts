import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../db/client";
import * as schema from "../../db/schema";
import type { ImportedIdMap } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { fingerprint } from "../domain/fingerprint";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { recordAudit } from "../kernel/audit";
import type { FileStorage } from "../storage";
import type { EditionDocument } from "./format";
import { buildSnapshotInSourceIds } from "./seal-check";
import { decodeRow, type ArchiveTableName } from "./tables";
import { validateArchive, type ValidatedArchive } from "./validate-archive";
import { afterPublicChange } from "../results/public-invalidation";

type Row = Record<string, unknown>;
type Maps = { [K in keyof ImportedIdMap]: Map<number, number> };

/** A row ready to insert: decoded, without its source id, with the given columns replaced. */
function prepare(name: ArchiveTableName, row: object, replace: Row, keepId = false): never {
  const { id, ...rest } = decodeRow(name, row as Row);
  return { ...(keepId ? { id } : {}), ...rest, ...replace } as never;
}

function lookup(map: Map<number, number>, what: string) {
  return (id: number | null): number | null => {
    if (id === null) return null;
    const found = map.get(id);
    if (found === undefined) throw new AppError("INVALID", text("The archive names a {what} ({id}) it does not hold.", { what, id }));
    return found;
  };
}

/** Inserts rows one at a time in source-id order, so each new serial id is mapped to its source id. */
async function insertMapped(tx: Transaction, name: ArchiveTableName, rows: readonly { id: number }[], map: Map<number, number>, replace: (row: never) => Row) {
  const table = schema[name as keyof typeof schema] as typeof schema.prizes;
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const [inserted] = await tx.insert(table).values(prepare(name, row, replace(row as never))).returning({ id: table.id });
    map.set(row.id, inserted!.id);
  }
}

async function refuseExisting(tx: Transaction, document: EditionDocument) {
  const year = document.editions[0]!.year;
  const [existing] = await tx.select({ id: schema.editions.id }).from(schema.editions).where(sql`${schema.editions.year} = ${year}`);
  if (existing) throw new AppError("CONFLICT", text("Edition {year} already exists in this database: an edition is imported once. Nothing was imported.", { year }));
  const ids = document.nominations.map((n) => n.id);
  const taken = ids.length === 0 ? [] : await tx.select({ id: schema.nominations.id }).from(schema.nominations).where(inArray(schema.nominations.id, ids));
  if (taken.length > 0) throw new AppError("CONFLICT", text("This database already holds dossiers of this archive ({id}). Nothing was imported.", { id: taken[0]!.id }));
}

/** People by email (case-insensitive); anyone missing is created without a password: no sign-in until invited. */
async function mapUsers(tx: Transaction, document: EditionDocument, map: Map<number, number>) {
  for (const person of document.users) {
    const [found] = await tx.select({ id: schema.users.id }).from(schema.users).where(sql`lower(${schema.users.email}) = lower(${person.email})`);
    const id = found?.id ?? (await tx.insert(schema.users).values({ email: person.email, name: person.name, passwordHash: null }).returning({ id: schema.users.id }))[0]!.id;
    map.set(person.id, id);
  }
}

/** Writes every row of the archive; the seal comes last, since the freeze guard refuses rows of a frozen edition. */
async function writeRows(tx: Transaction, archive: ValidatedArchive, storage: FileStorage, storedKeys: string[], maps: Maps) {
  const { document } = archive;
  if (document.countries.length > 0) await tx.insert(schema.countries).values(document.countries.map((c) => prepare("countries", c, {}, false) as never)).onConflictDoNothing();
  await mapUsers(tx, document, maps.users);
  const user = lookup(maps.users, "person");
  const source = document.editions[0]!;
  const [edition] = await tx.insert(schema.editions).values(prepare("editions", source, {})).returning({ id: schema.editions.id });
  const editionId = edition!.id;
  maps.edition.set(source.id, editionId);
  await insertMapped(tx, "prizes", document.prizes, maps.prizes, () => ({ editionId }));
  await insertMapped(tx, "criteria", document.criteria, maps.criteria, () => ({ editionId }));
  const criterion = lookup(maps.criteria, "criterion");
  if (document.nominations.length > 0) {
    await tx.insert(schema.nominations).values(document.nominations.map((n) => prepare("nominations", n, { editionId, createdBy: user(n.createdBy), updatedBy: user(n.updatedBy) }, true)));
  }
  for (const annex of document.annexes) {
    const storageKey = randomUUID();
    await storage.put(storageKey, archive.annexFiles.get(annex.id)!);
    storedKeys.push(storageKey);
    await tx.insert(schema.annexes).values(prepare("annexes", annex, { storageKey, uploadedBy: user(annex.uploadedBy) }, true));
  }
  for (const m of document.memberships) await tx.insert(schema.memberships).values(prepare("memberships", m, { editionId, userId: user(m.userId) }));
  await insertMapped(tx, "assignments", document.assignments, maps.assignments, (r: EditionDocument["assignments"][number]) => ({ editionId, jurorUserId: user(r.jurorUserId), createdBy: user(r.createdBy) }));
  await insertMapped(tx, "conflicts", document.conflicts, maps.conflicts, (r: EditionDocument["conflicts"][number]) => ({ editionId, jurorUserId: user(r.jurorUserId), createdBy: user(r.createdBy) }));
  await insertMapped(tx, "scoreSheets", document.scoreSheets, maps.scoreSheets, (r: EditionDocument["scoreSheets"][number]) => ({
    editionId,
    jurorUserId: user(r.jurorUserId),
    unscoredComments: Object.fromEntries(Object.entries(r.unscoredComments).map(([id, text]) => [String(criterion(Number(id))), text])),
  }));
  const sheet = lookup(maps.scoreSheets, "score sheet");
  if (document.scores.length > 0) {
    await tx.insert(schema.scores).values(document.scores.map((s) => prepare("scores", s, { sheetId: sheet(s.sheetId), criterionId: criterion(s.criterionId) }, false)));
  }
  await insertMapped(tx, "tieDecisions", document.tieDecisions, maps.tieDecisions, (r: EditionDocument["tieDecisions"][number]) => ({ editionId, decidedBy: user(r.decidedBy) }));
  await insertMapped(tx, "awards", document.awards, maps.awards, () => ({ editionId }));
  await insertMapped(tx, "ceremonies", document.ceremonies, maps.ceremonies, (r: EditionDocument["ceremonies"][number]) => ({ editionId, startedBy: user(r.startedBy) }));
  for (const template of [...document.mailTemplates].sort((a, b) => a.id - b.id)) {
    await tx.insert(schema.mailTemplates).values(prepare("mailTemplates", template, { editionId, updatedByUserId: user(template.updatedByUserId) }));
  }
  // The trail as it was: append-only allows inserts; only the edition and the people are rewritten to their new ids.
  for (const event of [...document.auditEvents].sort((a, b) => a.id - b.id)) {
    await tx.insert(schema.auditEvents).values(prepare("auditEvents", event, { editionId, actorUserId: user(event.actorUserId) }));
  }
  return { editionId, user };
}

const toRecord = (map: Map<number, number>) => Object.fromEntries([...map].map(([from, to]) => [String(to), from]));

/**
 * Imports an edition archive into this database, in ONE transaction: a damaged archive, an edition whose year
 * exists already, or a seal that no longer verifies leaves nothing behind (annex files written meanwhile are
 * removed). Serial ids are new, every relation is kept through the id maps, nomination and annex UUIDs stay.
 * `actor` is the admin uploading it, or "operator" for the command line (npm run db:import).
 */
export async function importEdition({ db, bytes, storage, actor }: { db: Database; bytes: Uint8Array; storage: FileStorage; actor: SessionUser | "operator" }) {
  if (actor !== "operator") {
    const decision = authorizeGlobal(actor, "edition.import");
    if (!decision.ok) throw new AppError(decision.code, decision.reason);
  }
  const archive = validateArchive(bytes);
  const storedKeys: string[] = [];
  try {
    // An imported past edition is public at once (archive, results): the public cache is cleared once committed.
    return await afterPublicChange(db.transaction(async (tx) => {
      await refuseExisting(tx, archive.document);
      const maps = Object.fromEntries(
        ["users", "criteria", "tieDecisions", "scoreSheets", "assignments", "conflicts", "prizes", "awards", "ceremonies", "edition"].map((k) => [k, new Map()]),
      ) as Maps;
      const { editionId, user } = await writeRows(tx, archive, storage, storedKeys, maps);
      const idMap = Object.fromEntries(Object.entries(maps).map(([k, map]) => [k, toRecord(map)])) as ImportedIdMap;
      const seal = archive.document.frozenResults[0];
      await tx.insert(schema.editionImports).values({
        editionId,
        source: { ...archive.manifest, files: undefined, editionJsonSha256: archive.documentSha256 },
        sealedFingerprint: seal?.fingerprint ?? null,
        idMap,
      });
      if (seal) {
        const rebuilt = await buildSnapshotInSourceIds({ db: tx, editionId, idMap });
        if (fingerprint(rebuilt) !== seal.fingerprint) {
          throw new AppError("CONFLICT", "The imported rows do not give the sealed result again (its fingerprint differs). Nothing was imported.");
        }
        await tx.insert(schema.frozenResults).values(prepare("frozenResults", seal, { editionId, frozenBy: user(seal.frozenBy) }));
      }
      await recordAudit(tx, {
        actorUserId: actor === "operator" ? null : actor.id,
        editionId,
        action: "edition.imported",
        entityType: "edition",
        entityId: editionId,
        data: { year: archive.manifest.edition.year, exportedAt: archive.manifest.createdAt, appVersion: archive.manifest.appVersion, counts: archive.manifest.counts },
      });
      return { editionId, year: archive.manifest.edition.year, counts: archive.manifest.counts, fingerprint: seal?.fingerprint ?? null };
    }));
  } catch (error) {
    await Promise.all(storedKeys.map((key) => storage.delete(key).catch(() => {})));
    throw error;
  }
}
