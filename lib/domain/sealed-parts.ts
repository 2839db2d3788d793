/**
 * The sealed result split in two: a public part anyone may read and re-hash (ranking, awards, reasons, tie
 * decisions, exclusions applied, stability) and a private part that never leaves the server (the individual scores
 * and everything computed juror by juror). Pure apart from the hash: a seal made before the split gets the same
 * parts from its stored snapshot, so the split needs nothing the snapshot does not hold.
 *
 * The public part names what it was split from (`sealFingerprint`, the secretariat's seal) and commits to the
 * private part (`privateFingerprint`), so its own fingerprint vouches for all three.
 */
import { toCanonicalValue, type CanonicalValue } from "./canonical-json";
import { fingerprint } from "./fingerprint";
import { PRIVATE_PART_FORMAT, PUBLIC_PART_FORMAT } from "./sealed-part-formats";

export { PRIVATE_PART_FORMAT, PUBLIC_PART_FORMAT };

/** Keys of the snapshot copied into the public part as they are; every other key stays private. */
const PUBLIC_KEYS = ["edition", "juryStatement", "criteria", "nominations", "awards", "tieDecisions"] as const;

/** Keys of the snapshot's ranking that are public: places and what decided them, never a juror's sheet. */
const PUBLIC_RANKING_KEYS = [
  "officialBasis",
  "raw",
  "normalised",
  "tieBreakChain",
  "invalidTieBreakSteps",
  "tieDecisions",
  "stability",
  "scale",
  "spreadThreshold",
] as const;

type CanonicalObject = { [key: string]: CanonicalValue };

/** The two parts of a sealed result with their fingerprints, and the fingerprint of the whole snapshot. */
export interface SealedParts {
  publicPart: CanonicalObject;
  privatePart: CanonicalObject;
  publicFingerprint: string;
  privateFingerprint: string;
  sealFingerprint: string;
}

function isObject(value: CanonicalValue | undefined): value is CanonicalObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The keys of `source` that `keys` names, and the rest, each as a new object. */
function partition(source: CanonicalObject, keys: readonly string[]) {
  const picked: CanonicalObject = {};
  const rest: CanonicalObject = {};
  for (const [key, value] of Object.entries(source)) {
    Object.defineProperty(keys.includes(key) ? picked : rest, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { picked, rest };
}

/** How many sheets counted for each dossier: the own-country, conflict and exclusion rules as they were applied. */
function listCountedSheets(dossiers: CanonicalValue | undefined) {
  if (!Array.isArray(dossiers)) return [];
  return dossiers.filter(isObject).map((dossier) => ({
    nominationId: dossier.nominationId ?? null,
    sheetCount: isObject(dossier.raw) ? (dossier.raw.sheetCount ?? null) : null,
  }));
}

/** Splits a stored snapshot (lib/results/snapshot.ts) into its public and private parts, with their fingerprints. */
export function splitSealedSnapshot(stored: unknown): SealedParts {
  const snapshot = toCanonicalValue(stored);
  if (!isObject(snapshot)) throw new TypeError("A sealed snapshot is an object");
  const { format, incompleteSheetCount, ranking, ...rest } = snapshot;
  const top = partition(rest, PUBLIC_KEYS);
  const rankingParts = partition(isObject(ranking) ? ranking : {}, PUBLIC_RANKING_KEYS);

  const privatePart = toCanonicalValue({ format: PRIVATE_PART_FORMAT, ...top.rest, ranking: rankingParts.rest }) as CanonicalObject;
  const privateFingerprint = fingerprint(privatePart);
  const sealFingerprint = fingerprint(snapshot);
  const publicPart = toCanonicalValue({
    format: PUBLIC_PART_FORMAT,
    sealFormat: format ?? null,
    sealFingerprint,
    privateFingerprint,
    ...top.picked,
    ranking: rankingParts.picked,
    exclusions: { incompleteSheetCount: incompleteSheetCount ?? null, countedSheets: listCountedSheets(rankingParts.rest.dossiers) },
  }) as CanonicalObject;
  return { publicPart, privatePart, publicFingerprint: fingerprint(publicPart), privateFingerprint, sealFingerprint };
}

/**
 * The snapshot again from its two parts (the derived fields of the public part left out): proof that the split
 * loses nothing and that what is public plus what is private is exactly what was sealed.
 */
export function joinSealedParts(publicPart: CanonicalObject, privatePart: CanonicalObject): CanonicalValue {
  const { picked: publicRest } = partition(publicPart, PUBLIC_KEYS);
  const { rest: privateRest } = partition(privatePart, ["format", "ranking"]);
  const { sealFormat, exclusions, ranking: publicRanking } = publicPart;
  const { ranking: privateRanking } = privatePart;
  const incompleteSheetCount = isObject(exclusions) ? exclusions.incompleteSheetCount : null;
  return toCanonicalValue({
    ...(sealFormat === null ? {} : { format: sealFormat }),
    ...publicRest,
    ...privateRest,
    ...(incompleteSheetCount === null ? {} : { incompleteSheetCount }),
    ranking: { ...(isObject(publicRanking) ? publicRanking : {}), ...(isObject(privateRanking) ? privateRanking : {}) },
  });
}
