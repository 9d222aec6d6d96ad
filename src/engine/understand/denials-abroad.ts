// A denial of a place or a thing in Spanish, Portuguese or Hindi-Urdu put in the English order before the sentence's
// word table runs (knowledge/denials.json): "nenhuma da Califórnia", "ninguna es de California", "California se koi
// nahi" become "none from california", "Texas mein koi nahi" "none in texas", so the English scope step reads them as it
// reads "none from California"; "ningún año de investigación" becomes "no año de investigación".
import { z } from 'zod';
import { alternation } from '../people.js';
import DENIALS_FILE from '../../../knowledge/denials.json' with { type: 'json' };

const words = z.array(z.string().regex(/^[\p{L}' ]+$/u));
const languageSchema = z.object({
  order: z.enum(['before', 'after']), none: words.min(1), filler: words, from: words.min(1), in: words.min(1), tail: words, notPlace: words, thing: z.enum(['no', 'zero']), partitive: words, closing: words,
}).strict();
const denialsSchema = z.object({ about: z.string().min(1), languages: z.object({ es: languageSchema, pt: languageSchema, hi: languageSchema }).strict() }).strict();

const plain = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const any = (ws: readonly string[]) => alternation([...new Set(ws.map(plain))]);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** One language's rewrites, built once at load: each a pattern and what it becomes. */
type Rewrite = [RegExp, (m: string, ...g: string[]) => string];
function rewritesOf(lang: z.infer<typeof languageSchema>): Rewrite[] {
  const none = any(lang.none);
  const filler = lang.filler.length ? `(?: (?:${any(lang.filler)}))*` : '';
  const from = any(lang.from);
  const within = any(lang.in);
  const partitive = lang.partitive.length ? new RegExp(`^(?:${any(lang.partitive)}) (?:${from})$`, 'u') : /(?!)/;
  if (lang.order === 'before') {
    const notPlace = any(lang.notPlace);
    return [
      // "família nenhuma lá", "cartas ninguna.": a denial after the thing it denies (closing its clause or before a place
      // word) is put before it, so the thing is read as denied ("familia zero" would be read as a family)
      [new RegExp(`${B}(?!(?:${notPlace}|${none})${E})(\\p{L}+) (?:${none})(?=\\s*(?:[,.;!)]|$)|\\s(?:${any(lang.closing)})${E})`, 'gu'), (_m, thing) => `${lang.thing} ${thing}`],
      // "nenhuma (delas) da Califórnia", "ninguna es de California": none from the place
      // ("nada de experiencia" is no experience: "nada" with "de" denies a kind of thing)
      [new RegExp(`${B}(?:${none})${filler} (?:(${within})|(?:${from}))${E}`, 'gu'), (m, inside) => (inside ? 'none in' : partitive.test(m) ? m : 'none from')],
      // "ningún año de investigación": no such thing
      [new RegExp(`${B}(?:${none}) (?!(?:${from})${E})(?=\\p{L})`, 'gu'), () => `${lang.thing} `],
    ];
  }
  // Hindi-Urdu: the place or thing, its postposition (or a "wala" after it), then the denial ("California se koi nahi",
  // "Texas mein ek bhi nahi hai", "California wala koi nahi"); a thing with no postposition is no such thing ("research
  // year koi nahi kiya" is "no research year")
  const notPlace = new Set(lang.notPlace.map(plain));
  const tail = lang.tail.length ? `(?: (?:${any(lang.tail)}))?` : '';
  const fillers = lang.filler.length ? `(?: (?:${any(lang.filler)}))` : '(?!)';
  const denied = new RegExp(`${B}(\\p{L}+(?: (?!(?:${within}|${from})${E})\\p{L}+)?)(${fillers}*) (?:(?:(${within})|(${from}))${fillers}* )?(?:${none})${tail}${E}`, 'gu');
  return [[denied, (whole, what: string, filled: string, inside?: string, from?: string) => {
    const ws = what.split(' ');
    const [lead, thing] = ws.length > 1 && notPlace.has(ws[0]!) ? [`${ws[0]} `, ws.slice(1).join(' ')] : ['', what];
    if (notPlace.has(thing) || thing.split(' ').some((w) => notPlace.has(w))) return whole;
    if (inside) return `${lead}none in ${thing}`;
    if (from || filled) return `${lead}none from ${thing}`;
    return `${lead}${lang.thing} ${thing}`;
  }]];
}

const FILE = denialsSchema.parse(DENIALS_FILE).languages;
const REWRITES: Record<'es' | 'pt' | 'hi', Rewrite[]> = { es: rewritesOf(FILE.es), pt: rewritesOf(FILE.pt), hi: rewritesOf(FILE.hi) };

/** A sentence of the language named (lowercased, accents stripped) with its denials of a place or thing in English order. */
export function denialsInEnglishOrder(sentence: string, lang: 'es' | 'pt' | 'hi'): string {
  return REWRITES[lang].reduce((t, [re, to]) => t.replace(re, to as (m: string, ...g: string[]) => string), sentence);
}
