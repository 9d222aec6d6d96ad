// How a recommended count range is shown: "60–80", or a single "about 74" when both ends are the same.

/** "60–80" for a range, "74" when min equals max (never "74–74"). */
export function countRange(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}
