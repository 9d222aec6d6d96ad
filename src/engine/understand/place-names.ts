// Neighbourhoods, towns and hospitals by region, and health systems that name no region (knowledge/place-names.json),
// validated once at load and added to the place table the readers share (places-and-names.ts).
import { z } from 'zod';
import type { Region } from '../../domain/profile.js';
import PLACE_FILE from '../../../knowledge/place-names.json' with { type: 'json' };

const names = z.array(z.string().regex(/^[a-z][a-z ]*[a-z]$/)).min(1);
const placeSchema = z.object({
  about: z.string().min(1),
  regions: z.object({ la_county: names, orange_county: names, san_diego: names, inland_empire: names, rest_of_california: names, other_us: names }).strict(),
  brands: names,
}).strict();
const PLACE_NAMES = placeSchema.parse(PLACE_FILE);

/** Every neighbourhood, town and hospital of the file with its region, in the file's order. */
export const NAMED_PLACES: [string, Region][] = Object.entries(PLACE_NAMES.regions)
  .flatMap(([region, list]) => list.map((p): [string, Region] => [p, region as Region]));

/** Health systems with hospitals in several regions ("Kaiser", "the VA"): named alone they say no region. */
export const HEALTH_BRANDS: readonly string[] = PLACE_NAMES.brands;
