// A list of phrases said in English: "a", "a and b", "a, b and c".

/** The items joined with commas and a last "and" ("LA County, Orange County and San Diego"); one item alone; "" for none. */
export function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
