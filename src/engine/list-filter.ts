// Reads the words after "programs" (a tier, a band, both, or "unverified") into a list filter.
import { BANDS, type Band, type Tier } from '../domain/plan.js';
import { TIERS } from '../domain/plan-facts.js';

/** Reads a tier, a band, or both ("reach", "socal", "target in core la"), or "unverified"; {} for nothing, undefined for anything else. */
export function readListFilter(text: string): { tier?: Tier; band?: Band; unverified?: boolean } | undefined {
  const all = text.toLowerCase().replace(FILLER, ' ').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const unverified = all.some((w) => /^(unverified|unchecked|check)$/.test(w));
  const words = all.filter((w) => !/^(unverified|unchecked|check)$/.test(w));
  if (unverified) {
    const band = words.length ? BANDS.find((b) => b.toLowerCase() === words.join(' ')) ?? BAND_WORDS[words.join(' ')] : undefined;
    return words.length && !band ? undefined : { unverified: true, ...(band ? { band } : {}) };
  }
  const tierAt = words.findIndex((w) => TIERS.some((x) => w === x || w === `${x}es` || w === `${x}s`));
  const tier = tierAt >= 0 ? TIERS.find((x) => words[tierAt]!.startsWith(x)) : undefined;
  const rest = words.filter((_, i) => i !== tierAt).join(' ');
  if (!rest) return tier ? { tier } : {};
  const band = BANDS.find((b) => b.toLowerCase() === rest) ?? BAND_WORDS[rest];
  return band ? { ...(tier ? { tier } : {}), band } : undefined;
}

const FILLER = /\b(programs?|show|list|my|all|the|in|only)\b/g;

const BAND_WORDS: Record<string, Band> = {
  la: 'core LA', 'los angeles': 'core LA', 'la county': 'core LA', 'southern california': 'SoCal', 'so cal': 'SoCal',
  california: 'rest of California', 'northern california': 'rest of California', 'rest of ca': 'rest of California', 'out of state': 'national', 'us': 'national', usa: 'national', nationwide: 'national',
};
