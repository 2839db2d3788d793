/** What every dossier command shares: finding the dossier's edition, loading it under the lock, its messages. */
import { and, eq, exists, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Executor, Transaction } from "../../db/client";
import { countries, editions, nominations } from "../../db/schema";
import { AppError } from "../errors";
import { getRequestServerTextCatalogue } from "../i18n/server-text-catalogue";
import { translateIssue } from "../i18n/server-text";
import type { LockedEdition } from "../kernel/edition-command";
import { toDossierFieldErrors } from "../validation/nomination";
import { dossierColumns, NOT_FOUND_MESSAGE, updater, UUID_PATTERN } from "./queries";
import { isWindowOpen } from "./submission-window";

/** A refused dossier: the message, and every field's messages by full path, in the request's language. */
export async function toInvalid(error: z.ZodError, message: string): Promise<AppError> {
  const catalogue = await getRequestServerTextCatalogue();
  return new AppError("INVALID", message, toDossierFieldErrors(error, (issue) => translateIssue(catalogue, issue)));
}

/** The edition a dossier belongs to, for the kernel to lock (undefined: no such dossier). */
export function findDossierEdition(id: string) {
  return async (db: Executor): Promise<number | undefined> => {
    if (!UUID_PATTERN.test(id)) return undefined;
    const [row] = await db.select({ editionId: nominations.editionId }).from(nominations).where(eq(nominations.id, id));
    return row?.editionId;
  };
}

/**
 * Loads the dossier with its edition's window under the edition's lock, and locks its row, so concurrent
 * changes to it queue up; the policy then judges it (own country, state, phase).
 */
export function loadDossier(id: string) {
  return async (tx: Transaction, edition: LockedEdition) => {
    const [dossier] = await tx
      .select(dossierColumns)
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .leftJoin(updater, eq(updater.id, nominations.updatedBy))
      .where(and(eq(nominations.id, id), eq(nominations.editionId, edition.id)))
      .for("update", { of: nominations });
    // Moved to another edition between the lookup and the lock: as good as gone.
    if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return { nomination: { countryCode: dossier.countryCode, kind: dossier.kind, state: dossier.state }, dossier };
  };
}

export type LoadedDossier = Awaited<ReturnType<ReturnType<typeof loadDossier>>>["dossier"];

/** The condition "the dossier's edition takes dossiers now", by the database clock, for an UPDATE's WHERE. */
export function isEditionOpen(tx: Executor) {
  return exists(tx.select({ one: sql`1` }).from(editions).where(and(eq(editions.id, nominations.editionId), isWindowOpen)));
}
