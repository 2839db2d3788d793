/** practices.spec.ts and its seed: a word no other seed writes, so a search for it finds only the spec's entries. */
export const PRACTICES_WORD = "lanternfish";

/** A contact address written into every seeded dossier of the spec, which must never reach a public page. */
export const PRACTICES_SECRET = "practices-secret@example.org";
