// How a dollar amount is shown to a user: "$1,230".

/** A whole-dollar amount with thousands separators, e.g. "$3,630". */
export function usd(n: number): string {
  return `$${n.toLocaleString('en-US')}`;
}
