// What the reliability children write on each turn, shared with the tests that check it.

/** The value a role writes on its turn n: a graduation year (role A) or a US letter count (role B). */
export function valueFor(role: string, n: number): number {
  return role === 'A' ? 1990 + (n % 30) : n % 21;
}

/** The sentence that carries that value. */
export function lineFor(role: string, n: number): string {
  return role === 'A' ? `actually my graduation year is ${valueFor(role, n)}` : `actually I have ${valueFor(role, n)} US letters`;
}
