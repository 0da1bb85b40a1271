import { site } from '../site';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(instant: string | Date, timeZone: string) {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);
  const parts = formatter.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date,
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** "2018-06-08 14:17" in the site's zone: the form readers see after "Date:". */
export function formatDateLine(instant: string | Date, timeZone: string = site.timeZone): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Minutes the zone's wall clock is ahead of UTC at an instant. */
function zoneOffsetMinutes(p: ReturnType<typeof zonedParts>): number {
  const wallClockAsUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((wallClockAsUtc - Math.floor(p.date.getTime() / 1000) * 1000) / 60000);
}

/** "2018-06-08T14:17:00+08:00": the machine-readable form, always with its offset. */
export function toZonedIso(instant: string | Date, timeZone: string = site.timeZone): string {
  const p = zonedParts(instant, timeZone);
  const offsetMinutes = zoneOffsetMinutes(p);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** The instant (ms since the epoch) a calendar day (YYYY-MM-DD) begins in the zone. */
export function startOfZonedDay(day: string, timeZone: string = site.timeZone): number {
  const [year, month, date] = day.split('-').map(Number);
  // Not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const midnightUtc = new Date(0).setUTCFullYear(year, month - 1, date);
  // The offset at the guess, then at the answer it gives: right across a change of offset.
  const guess = midnightUtc - zoneOffsetMinutes(zonedParts(new Date(midnightUtc), timeZone)) * 60000;
  return midnightUtc - zoneOffsetMinutes(zonedParts(new Date(guess), timeZone)) * 60000;
}
