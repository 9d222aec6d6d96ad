// The outline line of a composed answer: for a broad question over a guide written in headed parts, one line naming
// every part, so the reply names all of them even when only two or three are shown in full.
import type { AnswerIndex, PassageRecord } from './passage-index.js';
import type { AskType } from './question-shape.js';

/** A heading that names a stage in time: a month, a week, before or after something, a deadline. */
const STAGE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|week|before|after|by when)\b/i;
/** Parts a guide must have for its outline to be shown. */
const OUTLINE_MIN_PARTS = 3;

/** For a broad question over a guide written in headed parts (the paths after not matching, the months of the match
 *  year): one line naming every part, so the reply names all of them even when only two or three are shown in
 *  full. A question is broad when its words do not single out one part: the passages chosen for it from that guide
 *  hold two or more of its parts (the lead counts as one), three for a question of time, whose own words usually
 *  point at one month, or the lead alone comes first; never for an amount or a count, which one sentence answers. */
export function outlineLine(index: AnswerIndex, passages: readonly PassageRecord[], type: AskType): string | undefined {
  const best = passages[0];
  if (!best || type === 'amount' || type === 'count') return undefined;
  const parts = (index.byArticle[best.article] ?? []).map((i) => index.passages[i]!).filter((p) => p.heading);
  if (parts.length < OUTLINE_MIN_PARTS) return undefined;
  const fromGuide = passages.filter((p) => p.article === best.article && (p.heading || p.position === 0));
  // the guide's lead announces its parts: shown first, it is an answer to the whole question
  if (best.position !== 0 && fromGuide.length < (type === 'duration' ? 3 : 2)) return undefined;
  // parts that are alternatives (numbered) or stages in time (dated): other headed guides are not a list of parts
  const numbered = parts.every((p) => /^\*\*\d+\./.test(p.text));
  const dated = parts.filter((p) => STAGE.test(p.heading!)).length >= 0.75 * parts.length;
  if (!numbered && !dated) return undefined;
  const names = parts.map((p, i) => (numbered ? `${i + 1}. ${p.heading}` : p.heading));
  return `${numbered ? `Our guide names ${parts.length}` : 'Our guide takes them in order'}: ${names.join('; ')}.`;
}
