// What can honestly be read off a national roster row: a program type from its name, a California region from its place.

const UNIVERSITY = /\buniversit|\bcollege\b|school of medicine|medical school|\bUC\b|\bUCLA\b|\bUCSF\b|\bSUNY\b|\bmayo clinic\b|\bcleveland clinic\b|\bjohns hopkins\b|\bmount sinai\b|\bicahn\b|\bharvard\b|\byale\b|\bbrigham\b|\bmassachusetts general\b|\bcedars-sinai\b|\bmontefiore\b|\bNYU\b|\bbaylor\b|\bemory\b|\bduke\b|\bvanderbilt\b|\bstanford\b|\bnorthwestern\b|\brush\b|\bbeth israel deaconess\b|\bbarnes-jewish\b|\bwashington university\b/i;
/**
 * Program type from the name alone: `university` when the name says so, else unknown. A name never makes a program
 * "community": "X Medical Center", "X Hospital" or "X Health" is as often a university or academic hospital (Tufts
 * Medical Center, Henry Ford Hospital), and community is the type that counts in the applicant's favour.
 */
export function nameType(name: string): 'university' | 'unknown' {
  return UNIVERSITY.test(name) ? 'university' : 'unknown';
}

/** Cities inside the LA County box that lie in another county (Ventura, Kern): placed by name before any box. */
const OUTSIDE_LA_COUNTY = new Map<string, CaRegion>([
  ['thousand oaks', 'rest_of_california'], ['ventura', 'rest_of_california'], ['oxnard', 'rest_of_california'],
  ['camarillo', 'rest_of_california'], ['simi valley', 'rest_of_california'], ['moorpark', 'rest_of_california'], ['bakersfield', 'rest_of_california'],
]);

type CaRegion = 'la_county' | 'orange_county' | 'san_diego' | 'inland_empire' | 'rest_of_california';
const BOXES: readonly [CaRegion, number, number, number, number][] = [
  // region, lat min, lat max, lon min, lon max (coarse county boxes; the city table is tried first)
  ['orange_county', 33.38, 33.95, -118.12, -117.41],
  ['la_county', 33.70, 34.82, -118.95, -117.65],
  ['san_diego', 32.53, 33.51, -117.60, -116.08],
  ['inland_empire', 33.43, 35.81, -117.80, -114.13],
];

/** California region of a roster row: the city as our table places it, else a coarse box around its coordinates, else rest of California. */
export function regionFromPlace(city: string, lat: number, lon: number, cityRegion: ReadonlyMap<string, string>): CaRegion {
  const known = cityRegion.get(city.toLowerCase()) ?? OUTSIDE_LA_COUNTY.get(city.toLowerCase());
  if (known) return known as CaRegion;
  if (Number.isFinite(lat) && Number.isFinite(lon)) {
    for (const [region, a, b, c, d] of BOXES) if (lat >= a && lat <= b && lon >= c && lon <= d) return region;
  }
  return 'rest_of_california';
}
