/**
 * Calendar days as UTC midnight: the one place an ISO day (YYYY-MM-DD) is read and written, and a day
 * is named in words ("1 September 2025": UTC, never shifted by the machine's time zone). A leaf: it
 * imports nothing of the project, so loaders, the model, configuration,
 * guidance and formatters can all use it without importing one another.
 */
// The subpath keeps start-up cheap: the package's index loads all of date-fns (~200 ms).
import { isValid } from 'date-fns/isValid';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** UTC midnight of a year, month (0-11) and day of the month (Date.UTC's overflow rules apply). */
export function utcDay(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month, dayOfMonth));
}

/** A real calendar day as UTC midnight, or null (31 February, month 12, day 0). */
export function calendarDay(year: number, month: number, dayOfMonth: number): Date | null {
  if (month < 0 || month > 11 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const d = utcDay(year, month, dayOfMonth);
  if (!isValid(d) || d.getUTCMonth() !== month || d.getUTCDate() !== dayOfMonth) return null;
  return d;
}

/** YYYY-MM-DD of a UTC-midnight Date. */
export function toIsoDate(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${dd}`;
}

/** A strict YYYY-MM-DD as UTC midnight, or null (wrong shape, or not a real day such as 2025-02-30). */
export function parseIsoDate(s: string | null | undefined): Date | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const d = calendarDay(year, Number(m[2]) - 1, Number(m[3]));
  // Date.UTC maps years 0-99 to 1900-1999; such years are not worth supporting, but must not be misread.
  if (!d || d.getUTCFullYear() !== year) return null;
  return d;
}

/** "1 September 2025". */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
