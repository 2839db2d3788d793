import type { NominationContentValues } from "@/lib/validation/nomination";
import { FIELD_LABELS } from "./field-labels";

/**
 * A safety net in the browser's localStorage: the text typed but not yet saved, keyed by dossier and the
 * server version it was typed on, so a crash, a closed tab or a lost connection never loses it.
 */
export interface LocalCopy {
  version: number;
  values: NominationContentValues;
  writtenAt: number;
}

const PREFIX = "palmares:dossier:";

function keyOf(id: string, version: number): string {
  return `${PREFIX}${id}:v${version}`;
}

// Listing the keys fixes their order, so two equal dossiers always give the same snapshot.
const SNAPSHOT_KEYS = [...Object.keys(FIELD_LABELS), "url"];

/** A stable text form of the values, to compare what is typed with what is saved. */
export function toSnapshot(values: NominationContentValues): string {
  return JSON.stringify(values, SNAPSHOT_KEYS);
}

// Storage can be full, disabled or missing (private mode); the copy is a bonus, never a reason to fail.
function getStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function writeLocalCopy(id: string, version: number, values: NominationContentValues): void {
  try {
    getStorage()?.setItem(keyOf(id, version), JSON.stringify({ version, values, writtenAt: Date.now() } satisfies LocalCopy));
  } catch {
    // Quota exceeded: the server save is still the main path.
  }
}

export function removeLocalCopy(id: string, version: number): void {
  try {
    getStorage()?.removeItem(keyOf(id, version));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

/** Every copy of this dossier, newest version first. */
export function listLocalCopies(id: string): LocalCopy[] {
  const storage = getStorage();
  if (!storage) return [];
  const copies: LocalCopy[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (!key?.startsWith(`${PREFIX}${id}:v`)) continue;
      const parsed = JSON.parse(storage.getItem(key) ?? "null") as LocalCopy | null;
      if (parsed && typeof parsed.version === "number" && parsed.values) copies.push(parsed);
    }
  } catch {
    return copies;
  }
  return copies.sort((a, b) => b.version - a.version);
}

/** Removes every copy of this dossier, e.g. once it is submitted or the user discards them. */
export function removeAllLocalCopies(id: string): void {
  for (const copy of listLocalCopies(id)) removeLocalCopy(id, copy.version);
}
