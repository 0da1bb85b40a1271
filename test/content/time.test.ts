import { afterEach, describe, expect, it } from 'vitest';
import { formatDateLine, startOfZonedDay, toZonedIso } from '@/lib/content/time';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('site times', () => {
  it.each([
    { instant: '2018-06-08T06:17:00.000Z', line: '2018-06-08 14:17', iso: '2018-06-08T14:17:00+08:00' },
    { instant: '2018-12-31T16:30:00Z', line: '2019-01-01 00:30', iso: '2019-01-01T00:30:00+08:00' },
    { instant: '2018-02-01T00:00:59Z', line: '2018-02-01 08:00', iso: '2018-02-01T08:00:59+08:00' },
  ])('shows $instant as $line in Asia/Shanghai', ({ instant, line, iso }) => {
    expect(formatDateLine(instant)).toBe(line);
    expect(toZonedIso(instant)).toBe(iso);
  });

  it.each(['America/New_York', 'UTC', 'Asia/Kolkata'])('does not depend on the server zone (%s)', (zone) => {
    process.env.TZ = zone;
    expect(formatDateLine('2018-06-08T06:17:00Z')).toBe('2018-06-08 14:17');
    expect(toZonedIso('2018-06-08T06:17:00Z')).toBe('2018-06-08T14:17:00+08:00');
  });

  it.each([
    { zone: 'America/New_York', iso: '2018-06-08T02:17:00-04:00' },
    { zone: 'Asia/Kolkata', iso: '2018-06-08T11:47:00+05:30' },
    { zone: 'UTC', iso: '2018-06-08T06:17:00+00:00' },
  ])('writes the offset of $zone', ({ zone, iso }) => {
    expect(toZonedIso('2018-06-08T06:17:00Z', zone)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(() => formatDateLine('not a date')).toThrow(RangeError);
  });
});

describe('startOfZonedDay', () => {
  it.each([
    { day: '2018-06-08', zone: 'Asia/Shanghai', start: '2018-06-07T16:00:00.000Z' },
    { day: '2019-01-01', zone: 'Asia/Shanghai', start: '2018-12-31T16:00:00.000Z' },
    // The days a change of offset falls on: 23 and 25 hours long.
    { day: '2026-03-08', zone: 'America/New_York', start: '2026-03-08T05:00:00.000Z' },
    { day: '2026-03-09', zone: 'America/New_York', start: '2026-03-09T04:00:00.000Z' },
    { day: '2026-11-01', zone: 'America/New_York', start: '2026-11-01T04:00:00.000Z' },
    { day: '2026-11-02', zone: 'America/New_York', start: '2026-11-02T05:00:00.000Z' },
    { day: '2026-06-01', zone: 'Asia/Kolkata', start: '2026-05-31T18:30:00.000Z' },
  ])('$day begins at $start in $zone', ({ day, zone, start }) => {
    expect(new Date(startOfZonedDay(day, zone)).toISOString()).toBe(start);
  });
});
