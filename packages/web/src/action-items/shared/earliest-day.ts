/**
 * Greys out the calendar's days before `earliest` (`YYYY-MM-DD`) without refusing a typed earlier
 * date: `minDate` would silently drop it, while the form's check (or the server) says why it is
 * not accepted, next to the field.
 */
export function earliestDay(earliest: string) {
  return { getDayProps: (day: string) => ({ disabled: day < earliest }) };
}
