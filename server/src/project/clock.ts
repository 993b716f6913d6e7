/** Today's date, for the front ends: the engine never reads the clock, so they tell it what day it is. */

/** The local date of `now` as YYYY-MM-DD: the engine's last resort for the article date. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
