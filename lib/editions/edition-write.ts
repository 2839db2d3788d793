import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, prizes } from "../../db/schema";
import { AppError, getViolatedConstraint } from "../errors";
import { msg, text } from "../i18n/server-text";
import type { EditionSettings } from "../validation/edition";

/** The edition's columns of the settings (everything the form holds but the prizes). */
export function toEditionColumns(settings: EditionSettings) {
  const { prizes, ...columns } = settings;
  void prizes; // written to their own table by replacePrizes
  return columns;
}

/** Refuses a presidency no country row holds, on its field. */
export async function assertCountryExists(tx: Executor, code: string): Promise<void> {
  const [row] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
  if (!row) {
    throw new AppError("INVALID", "Please correct the highlighted fields.", { presidencyCountryCode: ["Choose the country holding the presidency."] });
  }
}

/** Replaces the edition's prizes with the given ones (one description per rank). */
export async function replacePrizes(tx: Executor, editionId: number, rows: readonly { rank: number; description: string }[]): Promise<void> {
  await tx.delete(prizes).where(eq(prizes.editionId, editionId));
  if (rows.length > 0) await tx.insert(prizes).values(rows.map((p) => ({ editionId, ...p })));
}

export const yearTakenMessage = (year: number) =>
  text("An edition for {year} already exists. Open it from the editions list, or choose another year.", { year });

/** The year field's part of that refusal: a field error is looked up whole, so it names no year. */
export const YEAR_TAKEN_FIELD_MESSAGE = msg("An edition for this year already exists: choose another year.");

/** Turns the database's refusal of a second edition of the same year into the message the form shows. */
export function rethrowYearTaken(error: unknown, year: number): never {
  if (getViolatedConstraint(error) === "editions_year_unique") throw new AppError("CONFLICT", yearTakenMessage(year), { year: [YEAR_TAKEN_FIELD_MESSAGE] });
  throw error;
}
