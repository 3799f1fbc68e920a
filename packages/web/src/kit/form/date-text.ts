/**
 * Dates and times as Indonesians type and read them: dd/mm/yyyy and a 24-hour clock. The form keeps
 * ISO strings (`YYYY-MM-DD`, `HH:mm`) so the shared schema and the API never see a display format.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first, any of the separators people use (01/12/2026, 1-12-2026, 01.12.2026), or eight digits.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_FIRST_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

/** `YYYY-MM-DD` for what was typed, or null when it is not a real calendar date. */
export function parseDateText(text: string): string | null {
  const typed = text.trim();
  if (typed.length > 10) return null;
  const iso = ISO_DATE.exec(typed);
  const dayFirst = iso ? null : (DAY_FIRST.exec(typed) ?? DAY_FIRST_DIGITS.exec(typed));
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || year > 2200) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** `dd/mm/yyyy` for an ISO date; anything else is shown as it is. */
export function formatDateText(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

// 9:30 / 9.30 / 09:30; 9 / 09; 930 / 0930 (the last two digits are the minutes)
const CLOCK_FORMS = [/^(\d{1,2})[:.](\d{2})$/, /^(\d{1,2})()$/, /^(\d{1,2})(\d{2})$/];

/** `HH:mm` for what was typed (9, 09, 900, 0900, 9.00, 09:00), or null when it is not a time of day. */
export function parseTimeText(text: string): string | null {
  const typed = text.trim();
  if (typed.length > 5) return null;
  for (const form of CLOCK_FORMS) {
    const match = form.exec(typed);
    if (!match) continue;
    const hours = Number(match[1]);
    const minutes = Number(match[2] || '0');
    return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : null;
  }
  return null;
}

/**
 * What a time field shows while it is typed: four digits read as a 24-hour clock (`0930` shows
 * `09:30`), so the colon need not be typed; anything else is left as typed.
 */
export function maskTimeText(text: string): string {
  return /^\d{4}$/.test(text) ? `${text.slice(0, 2)}:${text.slice(2)}` : text.slice(0, 5);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
