/** Calendar dates as the CLI takes them: YYYY-MM-DD strings. */

/** Whether `s` is a real calendar date written YYYY-MM-DD ("2025-02-30" is not). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local date of `now` as YYYY-MM-DD: the engine's last resort for the article date. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
