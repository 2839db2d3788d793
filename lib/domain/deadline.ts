/**
 * How deadlines read to people. Pure: the seconds left are computed by the database clock elsewhere.
 */
import { formatEditionMoment } from "../format/edition-time";

/** "30 September 2026 at 23:59 Europe/Brussels (CEST)": a deadline in the edition's own zone, said in full. */
export function formatDeadline(moment: Date, timeZone: string): string {
  return formatEditionMoment(moment, timeZone);
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** "3 days, 4 hours left"; the two largest units only, since a countdown needs no more precision. */
export function describeTimeLeft(secondsLeft: number): string {
  if (!Number.isFinite(secondsLeft) || secondsLeft <= 0) return "closed";
  if (secondsLeft < 60) return "less than a minute left";
  const minutes = Math.floor(secondsLeft / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const restMinutes = minutes % 60;
  if (days > 0) return hours > 0 ? `${plural(days, "day")}, ${plural(hours, "hour")} left` : `${plural(days, "day")} left`;
  if (hours > 0) return restMinutes > 0 ? `${plural(hours, "hour")}, ${plural(restMinutes, "minute")} left` : `${plural(hours, "hour")} left`;
  return `${plural(restMinutes, "minute")} left`;
}
