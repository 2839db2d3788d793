import type { ScoreSheetFormValues } from "@/lib/validation/score-sheet";

/**
 * The browser's copy of a score sheet the server has not acknowledged yet, in localStorage, keyed by juror and
 * dossier: a reload, a crash or a lost connection never loses a chosen score or a typed comment.
 */
export interface SheetCopy {
  /** The sheet version the changes were made on (0: no sheet yet). */
  baseVersion: number;
  values: ScoreSheetFormValues;
  writtenAt: number;
}

export interface SheetCopyStore {
  read(): SheetCopy | null;
  write(values: ScoreSheetFormValues, baseVersion: number): void;
  remove(): void;
}

export function getSheetCopyKey(jurorId: number, nominationId: string): string {
  return `palmares:score-sheet:${jurorId}:${nominationId}`;
}

// Storage can be full, disabled or missing (private mode): the copy is a safety net, never a reason to fail.
function getStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function isSheetCopy(value: unknown): value is SheetCopy {
  const copy = value as Partial<SheetCopy> | null;
  return typeof copy?.baseVersion === "number" && typeof copy.writtenAt === "number" && typeof copy.values === "object" && copy.values !== null;
}

/** The copy of one juror's sheet for one dossier in this browser's localStorage. */
export function createSheetCopyStore(key: string, storage: Storage | null = getStorage()): SheetCopyStore {
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(key) ?? "null");
        return isSheetCopy(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(values, baseVersion) {
      try {
        storage?.setItem(key, JSON.stringify({ baseVersion, values, writtenAt: Date.now() } satisfies SheetCopy));
      } catch {
        // Quota exceeded: the server save is still the main path.
      }
    },
    remove() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to clean up when storage is unavailable.
      }
    },
  };
}
