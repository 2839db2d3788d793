import { msg, text, type ServerText } from "../i18n/server-text";

/** The words of a stale save's conflict, shared by the server that raises it and the form that explains it. */
export const OTHER_TAB_MESSAGE = msg("You saved this dossier in another tab or window after this page loaded — load that version to go on.");

/** The conflict when a colleague saved the dossier after this page loaded. */
export function describeColleagueSave(name: string): ServerText {
  return text("{name} saved this dossier after you started editing — load their version to go on.", { name });
}
