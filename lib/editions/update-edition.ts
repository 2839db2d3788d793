import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { findLockedChanges, type EditionSettingField } from "../domain/edition-edit-rules";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { afterPublicChange } from "../results/public-invalidation";
import type { EditionSettings } from "../validation/edition";
import { assertCountryExists, replacePrizes, toEditionColumns } from "./edition-write";
import { getEditionSettings } from "./settings-queries";

export interface UpdateEditionRequest {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  /** The version the admin's form was made from: a change in between is refused, never overwritten. */
  version: number;
  settings: EditionSettings;
}

export const STALE_EDITION_MESSAGE = msg(
  "Someone else changed this edition's settings meanwhile. Reload the page to see them, then make your change again.",
);

/**
 * Saves an edition's settings as one edition command: the version must be the one the form was made from, and no
 * setting the phase has locked (lib/domain/edition-edit-rules) may change. Records what changed, before and after.
 */
export async function updateEdition({ db, actor, editionId, version, settings: submitted }: UpdateEditionRequest) {
  // Theme, presidency, ceremony, deadline and prizes are public once the call opens.
  return afterPublicChange(runEditionCommand({ db, actor, editionId, action: "edition.edit" }, async ({ tx, edition, audit }) => {
    if (edition.version !== version) throw new AppError("CONFLICT", STALE_EDITION_MESSAGE);
    const current = (await getEditionSettings({ db: tx, editionId }))!;
    const before: Record<string, unknown> = { ...current, prizes: current.prizes };
    // The form shows moments to the minute: an unchanged minute keeps the stored moment, seconds and all.
    const sameMinute = (a: Date | null, b: Date | null) => a !== null && b !== null && Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
    let settings = submitted;
    for (const key of ["submissionDeadline", "eligibilityDeadline", "juryDeadline"] as const) {
      if (sameMinute(current[key], settings[key])) settings = { ...settings, [key]: current[key] };
    }
    const after: Record<string, unknown> = { ...settings };
    const locked = findLockedChanges(before, after, { phase: edition.phase, isFrozen: edition.isFrozen });
    if (locked.length > 0) {
      const fieldErrors = Object.fromEntries(locked.map((l) => [l.field, [l.reason]]));
      // Each field says its own lock; the form shows the locks beforehand, so only a stale form meets this.
      throw new AppError("CONFLICT", msg("Some of these settings can no longer change in the edition's current phase: each field says why."), fieldErrors);
    }
    const changed = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])) as EditionSettingField[];
    if (settings.presidencyCountryCode !== current.presidencyCountryCode) await assertCountryExists(tx, settings.presidencyCountryCode);
    const [updated] = await tx
      .update(editions)
      .set({ ...toEditionColumns(settings), version: sql`${editions.version} + 1` })
      .where(eq(editions.id, editionId))
      .returning({ version: editions.version, year: editions.year });
    if (changed.includes("prizes")) await replacePrizes(tx, editionId, settings.prizes);
    await audit({
      entity: "edition",
      id: editionId,
      data: {
        changed,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      },
    });
    return { version: updated!.version, year: updated!.year, changed };
  }));
}
