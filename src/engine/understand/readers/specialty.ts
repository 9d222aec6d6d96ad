// Reader for the target specialty and backup: negations exclude, "backup"/"or" names the backup, corrections keep the rest.
import type { Clause } from '../clauses.js';
import { SPECIALTIES, type Profile, type Specialty } from '../../../domain/profile.js';
import { SPECIALTY_ALIASES } from '../places-and-names.js';
import { negatedAt } from '../scan.js';
import { PhraseIndex } from '../tokens.js';
import { clarify, none, value, type Reader } from '../reading.js';

const HEDGE = /\b(still deciding|undecided|not sure|unsure|deciding|torn|can't decide|cant decide|idk|either|haven't decided|havent decided|thinking about both|between|entre|decidir|decidindo|decidiendo|indecis[oa]|no s[eé]|n[aã]o sei|whichever|whatever|either one|both fine|both ok)\b/;
// Words that order two specialties: without one, "IM or psych" names two choices and no first one
const ORDERED = /\b(back ?up|fall ?back|plan b|second choice|main|primary|first choice|first|mainly|mostly|ideally|prefer|preferably|preferred|rather|priority|top|if not|otherwise|maybe|possibly|alternatively)\b|\bif (?:it|that|this|plan a)? ?(?:does not|doesn't|doesnt|don't|dont|won't|wont|fails?|falls? through)\b/;

// a word of preference right before a specialty said again ("mostly FM", "leaning towards psych", "more IM")
const PREFERRED_BEFORE = /(?:^|\b)(?:mostly|mainly|more|prefer|preferably|ideally|leaning|leaning towards|leaning toward|favoring|favouring|rather|really)$/;
const TABLE = new PhraseIndex<Specialty>(Object.entries(SPECIALTY_ALIASES).flatMap(([id, aliases]) => aliases.map((a): [string, Specialty] => [a, id as Specialty])));
const IDS: ReadonlySet<string> = new Set(SPECIALTIES);
const BACKUP = /^(backup|fallback|alternative|alternatively|second|secondary|otherwise|or|maybe|possibly|also|plus|considering|alt)$/;
const BACKUP_PHRASE = /\b(back ?up|plan b|fall ?back|second choice|as a backup|as backup|also considering|might also|or maybe)\b|\b(if not|if no|otherwise|failing that|else)\b/;
// "FM if it doesn't work out", "prelim if that fails" (es "si no se da", pt "se não der", hi "nahi toh" are rewritten to these):
// a condition right after the last specialty named makes it the backup
const FAILS_AFTER = /^(?:,? )?(?:if|in case|incase|should|when)\b[^;]{0,12}\b(?:not|doesn't|doesnt|does not|don't|dont|won't|wont|fails?|falls? through|work out|works out|pan out|possible|happen)\b/;
// words around a bare answer that change nothing ("radiology hopefully", "medicine pls")
const FILLER = /^(i|i'm|want|wanna|hopefully|probably|definitely|prob|maybe|please|pls|plz|lol|bro|just|only|thinking|of|do|doing|go|going|into|for|the|me|ok|so|yeah|yes)$/;
const BARE_TRACKS: [RegExp, string][] = [
  [/^(surgery|surg)$/, 'general_surgery,prelim_surgery'],
  [/^(radiology|rads|radio|rad)$/, 'diagnostic_radiology,interventional_radiology'],
  [/^(medicine|med)$/, 'internal_medicine,family_medicine'],
];
const ONE_YEAR: ReadonlySet<Specialty> = new Set(['transitional_year', 'prelim_internal_medicine', 'prelim_surgery']);
const PRELIM = new Map<Specialty, Specialty>([['internal_medicine', 'prelim_internal_medicine'], ['general_surgery', 'prelim_surgery']]);

const UNDECIDED = /\b(?:decide|decided|choose|chosen|pick|picked|sure|settled)\b/;
// "no longer into psych", "done with surgery", "switched from IM": a specialty left behind is not wanted
const LEFT_BEHIND = /\b(no longer|not anymore|done with|gave up( on)?|moved on from|switched from|switching from|not into|quit|dropped)( into| doing| with| on)?$/;
// "psych... no wait, neurology": what comes before a self-correction is taken back
const SELF_CORRECTION = /\b(no wait|wait no|i mean|i meant|scratch that|sorry i meant)\b/;
// "my dad wants me to do cardio": someone else's wish for the applicant, not the applicant's own choice
const OTHERS_WISH = /\b(dad|mom|mum|mother|father|parents|family|husband|wife|uncle|aunt|everyone|friends?|relatives|seniors)\b.{0,20}\b(wants?|wanted|says?|said|thinks?|suggests?|suggested|pushing|pushes|keeps? telling|told|insists?)\b/;
const OWN_TURN = /^(but|however|though|yet|whereas)\b|\b(i|i'm|i am|i want|i will|i'll|myself|for me)\b/;
// "that's my husband's specialty", "FM is my wife's, not mine": a specialty said to be someone else's
const OTHERS_OWN = /\b(husband|wife|partner|spouse|fiance|fiancee|brother|sister|friend|cousin|dad|mom|father|mother|son|daughter|roommate|colleague)'?s\b(?! (wish|wants?|advice))|\b(his|hers|theirs)\b(?! (wish|advice))/;

/** Mentions the applicant took back ("X... no wait, Y") or that were someone else's wish ("my dad wants X but I'm going Y"). */
function withoutTakenBack<M extends { clause: number; at: number; negated: boolean }>(clauses: readonly Clause[], mentions: M[]): M[] {
  let cut: { clause: number; at: number } | undefined;
  clauses.forEach((c, i) => { const m = SELF_CORRECTION.exec(c.tokens.join(' ')); if (m) cut = { clause: i, at: c.tokens.join(' ').slice(0, m.index).split(' ').filter(Boolean).length }; });
  let kept = cut ? mentions.filter((m) => m.clause > cut!.clause || (m.clause === cut!.clause && m.at >= cut!.at)) : mentions;
  if (!kept.some((m) => !m.negated)) kept = mentions;
  const others = new Set<number>();
  let wish = false;
  clauses.forEach((c, i) => { if (OTHERS_WISH.test(c.text)) wish = true; else if (OWN_TURN.test(c.tokens.join(' '))) wish = false; if (wish || (OTHERS_OWN.test(c.text) && !/\b(i|i'm|im|my own|mine)\b(?! not)/.test(c.text.replace(/\bnot mine\b/, '')))) others.add(i); });
  const own = kept.filter((m) => !others.has(m.clause));
  return own.some((m) => !m.negated) ? own : kept;
}

/** One specialty named, where, and whether it is negated ("not OB", "anything but surgery"); `topic` when it only names
 * the field of an experience ("neuro clinical trials", "an IM externship", "the cardiology dept"), not a choice. */
export interface SpecialtyMention { id: Specialty; at: number; negated: boolean; backup: boolean; topic?: boolean }

// what a specialty right before it describes: research, a rotation, letters or their writers, a department
const TOPIC_NOUN = /^(research|researches|trial|trials|clinical|lab|labs|study|studies|paper|papers|pub|pubs|publications?|posters?|abstracts?|case|cases|project|projects|dept|department|departments|division|unit|ward|wards|rotation|rotations|elective|electives|externship|externships|observership|observerships|obs|clerkship|clerkships|subi|sub-i|letter|letters|lor|lors|rec|recs|doc|docs|attending|attendings|faculty|pi|mentor|mentors|fellowship|journal|conference|posters)$/;
// a wish said in the clause makes the specialty a choice whatever follows it ("want IM, did IM research")
const WISH = /\b(want|wanna|wants|apply|applying|going for|aiming|aim|prefer|interested|match|matching|switch|switching|choose|chose|choice|backup|back up|plan|dream)\b/;

/** Specialties named in tokens, with negation and backup role; typos within a small edit distance are caught. */
export function specialtiesIn(tokens: readonly string[], prior?: Specialty, following?: Specialty): SpecialtyMention[] {
  // ("prelim if" is no typo of "prelim im")
  const hits = TABLE.find(tokens, true).filter((h) => !(/^prelim|^preliminary/.test(tokens[h.start]!) && tokens.slice(h.start, h.end).join(' ') !== h.phrase));
  // a bare "prelim" after (or before) a specialty is that specialty's preliminary year ("general surgery, prelim if that fails")
  tokens.forEach((w, i) => {
    if ((w !== 'prelim' && w !== 'preliminary') || hits.some((h) => h.start <= i + 1 && h.end > i)) return;
    const near = [...hits].reverse().find((h) => h.end <= i)?.value ?? prior ?? hits.find((h) => h.start > i)?.value ?? following;
    // ("prelim then neuro": an advanced specialty starts with a preliminary medicine year)
    const id = near && (PRELIM.get(near) ?? (ONE_YEAR.has(near) ? undefined : 'prelim_internal_medicine'));
    if (id) { hits.push({ start: i, end: i + 1, value: id, phrase: w }); hits.sort((a, b) => a.start - b.start); }
  });
  const negatedHits = new Set<number>();
  // "not psych or neuro": a denial runs on through a list joined by "or"
  const chained = (prev: { start: number; end: number }, h: { start: number }) => negatedHits.has(prev.start) && tokens.slice(prev.end, h.start).every((w) => /^(or|nor|\/|,)$/.test(w));
  return hits.map((h, k) => {
    let id = h.value;
    if (tokens[h.start - 1] === 'prelim' || tokens[h.start - 1] === 'preliminary') id = PRELIM.get(id) ?? id;
    const from = k > 0 ? hits[k - 1]!.end : Math.max(0, h.start - 4);
    const before = tokens.slice(from, h.start);
    const to = k + 1 < hits.length ? hits[k + 1]!.start : tokens.length;
    const after = tokens.slice(h.end, Math.min(to, h.end + 4)).join(' ');
    // ("can't decide between peds and FM": the denial is of deciding, not of the specialty)
    // ("IM if not FM": "if not" between two specialties makes the later one the fallback, not a denial)
    const fallback = k > 0 && /\bif not$/.test(before.join(' '));
    const negated = (negatedAt(tokens, h.start, 4) && !fallback && !UNDECIDED.test(tokens.slice(Math.max(0, h.start - 4), h.start).join(' '))) || LEFT_BEHIND.test(before.join(' ')) || (k > 0 && chained(hits[k - 1]!, h)) || before.some((w) => /^(anythingbut|everythingbut|allbut)$/.test(w)) || /^(is out|out|no more|not anymore|is off)\b/.test(after) || /^(is |was )?(not|never|isn't|isnt|wasn't) (my |a |the )?(backup|back up|choice|plan|thing|specialty|field|option|interest)\b/.test(after);
    const nextRight = k + 1 < hits.length && hits[k + 1]!.start - h.end <= 2;
    const main = /^(is |as )?(my )?(main|primary|first choice|first|priority|top choice)\b/.test(after);
    const backup = !main && (before.some((w) => BACKUP.test(w)) || (k === hits.length - 1 && k > 0 && FAILS_AFTER.test(after)) || BACKUP_PHRASE.test(before.join(' ')) || (!nextRight && /^(is |as |will be )?(a |my |the )?(backup|back up|plan b|fallback|second choice|secondary|second)\b/.test(after)));
    if (negated) negatedHits.add(h.start);
    const topic = !WISH.test(tokens.join(' ')) && tokens.slice(h.end, h.end + 2).some((w) => TOPIC_NOUN.test(w));
    return { id, at: h.start, negated, backup, ...(topic ? { topic } : {}) };
  });
}

// A kind of specialty only ("anything non-surgical", "something not surgery", "whatever is not procedural")
const VAGUE_KIND = /\b(non ?surgical|non ?procedural|not surgical|not surgery|anything|something|whatever|some kind|some sort)\b/;
// Words that make a specialty named beside them only a hint ("something medicine-y", "some kind of peds thing")
const HINT_BEFORE = /^(something|kind|sort|type|anything|ish|kinda|sorta)$/;
const HINT_AFTER = /^(y|ish|ey|type|related|adjacent|stuff|thing|things|like|vibes?)$/;

/** True when a specialty named at one of `at` is only hinted at by the words around it. */
function hintedOnly(tokens: readonly string[], at: readonly number[]): boolean {
  return at.some((i) => tokens.slice(Math.max(0, i - 3), i).some((w) => HINT_BEFORE.test(w)) || HINT_AFTER.test(tokens[i + 1] ?? ''));
}

// an order not decided between the specialties named ("haven't decided which is primary", "can't pick which comes first")
const ORDER_UNDECIDED = /\b(?:haven'?t|havent|have not|not|un|still not|can'?t|cant|cannot) ?(?:yet )?(?:decided|deciding|sure|decide|pick|choose|figured out)\b[^;.]{0,25}\bwhich\b[^;.]{0,30}\b(?:primary|first|main|1st|top|backup|back up|second|priority)\b|\b(?:no clue|no idea|idk|dunno|don'?t know|dont know|torn(?: on)?)\b[^;.]{0,10}\bwhich\b[^;.]{0,30}\b(?:primary|first|main|1st|top|backup|back up|second|priority)\b/;

// applications told as sent to the specialties named ("applied to", "ERAS went out to", "sent apps to", "submitted to")
const SENT_TO = /\b(?:applied|applying|sent|submitted|went out|go out|going out|apps?|applications?)\b[^;]{0,25}\b(?:to|for|in)\b(?: both| each| all)?\b/;
// words that replace one stored choice with another
const REPLACES = /\b(instead|replace|replaced|replacing|swap|swapped|change|changed|switch|switched|make it|make that|rather)\b/;
/** The new backup when a message names the stored backup as the one replaced and one new specialty (not the first choice). */
function backupReplaced(stored: NonNullable<Profile['specialty']>, mentions: readonly { id: Specialty; negated?: boolean }[]): Specialty | undefined {
  const ids = [...new Set(mentions.map((m) => m.id))];
  const fresh = ids.filter((id) => id !== stored.backup && id !== stored.primary);
  if (!ids.includes(stored.backup!) || ids.includes(stored.primary) || fresh.length !== 1) return undefined;
  return mentions.some((m) => m.id === fresh[0] && m.negated) ? undefined : fresh[0];
}

/** The specialty: first named and not negated is primary; one named as backup (or second) is the backup. */
export const readSpecialty: Reader<NonNullable<Profile['specialty']>> = (clauses, ctx) => {
  const first = clauses[0]?.text ?? '';
  const [a, b] = first.split(':');
  if (clauses.length === 1 && IDS.has(a!)) return value({ primary: a as Specialty, ...(b && IDS.has(b) ? { backup: b as Specialty } : {}) });
  let prior: Specialty | undefined;
  const mentions = withoutTakenBack(clauses, clauses.flatMap((c, i) => {
    const following = clauses.slice(i + 1).map((x) => TABLE.find(x.tokens, true)[0]?.value).find(Boolean);
    const found = specialtiesIn(c.tokens, prior, following).map((m) => ({ ...m, adds: c.adds, clause: i }));
    prior = found.at(-1)?.id ?? prior;
    return found;
  }));
  // the field of an experience ("mostly neuro clinical trials") is no choice, unless the specialty question gets only that
  const chosen0 = mentions.filter((m) => !m.negated && !m.topic);
  const wanted = chosen0.length || !ctx.pending ? chosen0 : mentions.filter((m) => !m.negated);
  const said = clauses.map((c) => c.text).join(' ');
  if (wanted.length === 0) {
    if (/\bprimary care\b/.test(said)) return clarify('specialty_which', { options: 'internal_medicine,family_medicine,pediatrics' });
    // "prelim" alone: a preliminary year in medicine or in surgery?
    if (/^(a )?(prelim|preliminary)( year| spot| position)?$/.test(said.trim())) return clarify('specialty_which', { options: 'prelim_internal_medicine,prelim_surgery' });
    // "anything non-surgical", "something not surgery": only a kind of specialty is told; which one is asked
    if (VAGUE_KIND.test(said)) return clarify('specialty_which', { options: 'internal_medicine,family_medicine,psychiatry' });
    return none();
  }
  const distinct = [...new Set(wanted.map((m) => m.id))];
  // "something medicine-y", "some kind of peds thing", "a medicine-ish field": a specialty only hinted at is asked about
  if (distinct.length === 1 && clauses.some((c) => hintedOnly(c.tokens, wanted.filter((m) => m.clause === clauses.indexOf(c)).map((m) => m.at)))) return clarify('specialty_which', { options: distinct[0] === 'internal_medicine' ? 'internal_medicine,family_medicine' : `${distinct[0]},internal_medicine` });
  // "IM or FM, mostly FM", "psych or IM, leaning psych": of two named, the one said again after a word of preference is first
  const last = wanted.at(-1)!;
  const favoured = distinct.length === 2 && !HEDGE.test(said) && wanted.some((x) => x.id === last.id && x !== last) && PREFERRED_BEFORE.test(clauses[last.clause]!.tokens.slice(Math.max(0, last.at - 2), last.at).join(' ')) ? last : undefined;
  if (favoured) return value({ primary: favoured.id, backup: distinct.find((id) => id !== favoured.id)! });
  // "IM or FM, haven't decided which one is primary", "FM and peds, no clue which goes first": the order itself is undecided
  if (distinct.length >= 2 && ORDER_UNDECIDED.test(said)) return clarify('specialty_which', { options: distinct.slice(0, 3).join(',') });
  // ("ERAS went out to both IM and FM programs", "applied to 40 IM and 20 FM"): applications sent to two specialties name
  // no first choice and no backup; nothing is stored for the choice
  if (distinct.length >= 2 && !ORDERED.test(said) && !/\b(back ?up|fall ?back|plan b|second choice)\b/.test(said) && SENT_TO.test(said)) return none();
  // "IM or FM, still deciding": no first choice yet
  // ("IM or FM", "IM o FM", "IM ou FM": two named as alternatives, the Spanish and Portuguese "or" kept where the sentence read as English)
  if (distinct.length >= 2 && !/\b(back ?up|fall ?back|plan b|second choice|main|primary|first choice)\b/.test(said) && (HEDGE.test(said) || (distinct.length === 2 && !ORDERED.test(said) && clauses.some((c) => /\b(?:or|o|ou)\b/.test(c.text))))) return clarify('specialty_which', { options: distinct.slice(0, 3).join(',') });
  // a bare word that names more than one track ("surgery": categorical or prelim; "radiology": diagnostic or interventional;
  // "medicine": internal or family) is asked about
  const bare = clauses.flatMap((c) => c.tokens).filter((w) => !FILLER.test(w)).join(' ');
  const tracks = distinct.length === 1 ? BARE_TRACKS.find(([re]) => re.test(bare)) : undefined;
  if (tracks) return clarify('specialty_which', { options: tracks[1] });
  // "TY then rads": a one-year start before an advanced specialty; which is applied to first is asked
  const start = distinct.find((id) => ONE_YEAR.has(id));
  const advanced = distinct.find((id) => !ONE_YEAR.has(id));
  const startAt = wanted.findIndex((m) => m.id === start);
  if (start && advanced && startAt >= 0 && wanted.findIndex((m) => m.id === advanced) > startAt && !ORDERED.test(said)) return clarify('specialty_which', { options: `${advanced},${start}` });
  const backups = wanted.filter((m) => m.backup);
  const primaries = wanted.filter((m) => !m.backup);
  // ("I'm not IM, I'm applying psych", "not neurology, nephrology"): a stored first choice denied is not kept
  const stored = ctx.stored && !mentions.some((m) => m.negated && m.id === ctx.stored!.primary) ? ctx.stored : undefined;
  // ("FM backup -> make it peds instead", "peds instead of FM", "swap FM for psych"): the stored backup named as the one
  // replaced, with one new specialty and the first choice not named, changes the backup only
  const swappedBackup = ctx.stored?.backup && REPLACES.test(said) ? backupReplaced(ctx.stored, mentions) : undefined;
  if (swappedBackup) return value({ primary: ctx.stored!.primary, backup: swappedBackup });
  // only a backup named: keep the stored primary
  if (primaries.length === 0) {
    const backup = backups[0]!.id;
    if (stored && stored.primary !== backup) return value({ primary: stored.primary, backup });
    return value({ primary: backup });
  }
  const primary = primaries[0]!.id;
  const backup = backups.find((m) => m.id !== primary)?.id ?? primaries.find((m) => m.id !== primary)?.id;
  if (stored && !backup && primaries[0]!.adds && stored.primary !== primary) return value({ primary: stored.primary, backup: primary });
  const keptBackup = !backup && stored?.backup && stored.backup !== primary && !mentions.some((m) => m.negated && m.id === stored.backup) ? stored.backup : undefined;
  const chosen = backup ?? keptBackup;
  return value({ primary, ...(chosen ? { backup: chosen } : {}) });
};
