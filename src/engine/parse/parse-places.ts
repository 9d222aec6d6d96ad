// Reads places: preferred regions ("LA and OC", "SoCal", "anywhere") and ties to Los Angeles.
import { REGIONS, type LaTies, type Region } from '../../domain/profile.js';
import { findPhrases, normalize } from './phrases.js';
import { isNegative, notUnderstood, ok, type Parsed } from './result.js';
import { REGION_ALIASES } from './vocabulary.js';

const SOCAL: Region[] = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];

/** Regions named in free text, SoCal and California expanded, in the order first named. */
export function regionsIn(text: string): (Region | 'anywhere')[] {
  const out: (Region | 'anywhere')[] = [];
  for (const f of findPhrases(text, REGION_ALIASES)) {
    if (f.value === 'socal') out.push(...SOCAL);
    else if (f.value === 'california') out.push(...SOCAL, 'rest_of_california');
    else out.push(f.value);
  }
  return [...new Set(out)];
}

/** Parses preferred training regions; at least one must be named. */
export function parseRegions(text: string): Parsed<(Region | 'anywhere')[]> {
  const values = text.split(/[,\s]+/).filter(Boolean);
  if (values.length > 0 && values.every((v) => (REGIONS as readonly string[]).includes(v) || v === 'anywhere')) {
    return ok([...new Set(values)] as (Region | 'anywhere')[]);
  }
  const found = regionsIn(text);
  if (found.length === 0) {
    if (/\b(no preference|doesn'?t matter|don'?t care|any where|open)\b/.test(normalize(text))) return ok(['anywhere']);
    return notUnderstood();
  }
  return ok(found);
}

/** Parses ties to LA: family there, lived there, trained there; "none" is all false. */
export function parseLaTies(text: string): Parsed<LaTies> {
  const t = normalize(text);
  const choice = text.trim().toLowerCase();
  if (choice === 'none') return ok({ family: false, lived: false, trained: false });
  if (choice === 'family' || choice === 'lived' || choice === 'trained') {
    return ok({ family: choice === 'family', lived: choice === 'lived', trained: choice === 'trained' });
  }
  const family = /\b(famil\w*|parents?|relatives?|brother|sister|siblings?|uncle|aunt|cousins?|spouse|wife|husband|partner|fianc\w*|mom|dad|mother|father|son|daughter|in-?laws?)\b/.test(t);
  const lived = /\b(lived|live|living|reside|resided|resident|grew up|moved|home|my city|stay|stayed|staying)\b/.test(t);
  const trained = /\b(train\w*|rotat\w*|extern\w*|observ\w*|elective|clerk\w*|usce|volunteer\w*|worked|work|job|research\w*|school|studied|sub-?i)\b/.test(t);
  if (family || lived || trained) return ok({ family, lived, trained });
  if (isNegative(t.trim()) || /\b(no ties|none|no connection|don'?t have|not really)\b/.test(t)) return ok({ family: false, lived: false, trained: false });
  return notUnderstood();
}
