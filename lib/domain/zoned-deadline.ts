/** Deadlines in an edition's own time zone, labelled, for messages. Pure. */

const formats = new Map<string, Intl.DateTimeFormat>();

function getFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** "30 September 2026 at 23:59 CEST (Europe/Brussels)": the moment in the edition's zone, which is named. */
export function formatDeadlineInZone(moment: Date, timeZone: string): string {
  return `${getFormat(timeZone).format(moment)} (${timeZone})`;
}
