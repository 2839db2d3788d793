/** The reading desk's seeded dossier and annex (seed/reading-desk.seed.ts), named the same by the seed and the spec. */
export const READING_DESK_TITLE = "Reading desk: safer night buses";
export const READING_DESK_ANNEX = "Night buses evaluation.pdf";
