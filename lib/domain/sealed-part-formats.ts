/** The layout names of a seal's two parts (lib/domain/sealed-parts.ts), apart so the browser can read them too. */
export const PUBLIC_PART_FORMAT = "palmares.public-result/1";
export const PRIVATE_PART_FORMAT = "palmares.private-result/1";
