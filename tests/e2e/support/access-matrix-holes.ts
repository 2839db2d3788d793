/**
 * Cells of the access matrix where the app does not yet answer as the table says, each with what is wrong.
 * The table keeps the correct expectation; a listed cell is reported instead of failing, and a listed cell that
 * starts behaving fails until it leaves this list. Keys are the cells as the spec names them.
 */
export const KNOWN_HOLES: Record<string, string> = {};
