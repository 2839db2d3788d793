/** The words of a stale save's conflict, shared by the server that raises it and the form that explains it. */
export const OTHER_TAB_MESSAGE = "You saved this dossier in another tab or window after this page loaded — load that version to go on.";

/** The conflict when a colleague saved the dossier after this page loaded. */
export function describeColleagueSave(name: string): string {
  return `${name} saved this dossier after you started editing — load their version to go on.`;
}
