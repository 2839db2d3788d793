import type { Executor } from "../../../../db/client";
import { RUNNER_UP_PRIZE, WINNER_PRIZE, ensureAward } from "../../../../db/seed/ensure";
import type { SpecAccount } from "../../support/spec-accounts";
import { ensureSpecAccount } from "./accounts";
import { seedSpecDossier, type SpecEdition } from "./edition";
import { seedSheet } from "./jury";

export interface AwardedEntry {
  countryCode: string;
  title: string;
  /** The score every juror gives on each criterion; distinct means, so no place is tied. */
  values: readonly number[];
  /** The jury's reason for an awarded place, or none for a participant. */
  juryReason?: string;
}

/**
 * A scored edition with its awards chosen: two jurors (an Italian chair and a Greek juror, so no entry is their own)
 * score every entry, and the first entries with a reason take places 1, 2, 3 in order.
 */
export async function seedAwardedEntries(
  db: Executor,
  edition: SpecEdition,
  jury: { chair: SpecAccount; juror: SpecAccount },
  entries: readonly AwardedEntry[],
  state: { awarded: "accepted" | "awarded"; participant: "accepted" | "participant" },
) {
  const chair = await ensureSpecAccount(db, jury.chair, [{ role: "juror", countryCode: "IT", editionId: edition.id, isChair: true }]);
  const juror = await ensureSpecAccount(db, jury.juror, [{ role: "juror", countryCode: "GR", editionId: edition.id }]);
  const ids: string[] = [];
  for (const entry of entries) {
    const isAwarded = entry.juryReason !== undefined;
    const id = await seedSpecDossier(db, edition, { ...entry, state: isAwarded ? state.awarded : state.participant });
    for (const jurorUserId of [chair, juror]) await seedSheet(db, edition, { jurorUserId, nominationId: id, values: entry.values });
    ids.push(id);
  }
  for (const [index, entry] of entries.entries()) {
    if (entry.juryReason === undefined) continue;
    const rank = index + 1;
    await ensureAward(db, {
      editionId: edition.id,
      rank,
      nominationId: ids[index]!,
      prize: rank === 1 ? WINNER_PRIZE : RUNNER_UP_PRIZE,
      juryReason: entry.juryReason,
    });
  }
  return ids;
}
