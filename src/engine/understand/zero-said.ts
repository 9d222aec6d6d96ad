// Zero said in words once applications are out (knowledge/zero-said.json): "submitted sept 24. nothing yet", "60 programs,
// crickets so far", "mandé ERAS, nada todavía" count no interviews so far. A clause is a zero when it is one of the
// phrases with only filler around it (emoji and punctuation aside); the cycle reader applies it only beside a submission.
import { z } from 'zod';
import { alternation } from '../people.js';
import ZERO_FILE from '../../../knowledge/zero-said.json' with { type: 'json' };

const zeroSchema = z.object({
  about: z.string().min(1),
  alone: z.array(z.string().min(1)).min(1),
  fillers: z.array(z.string().min(1)).min(1),
}).strict();
const ZERO = zeroSchema.parse(ZERO_FILE);

const FILLER = `(?:${alternation(ZERO.fillers)})`;
/** A clause made of one zero phrase and filler, built once at load. */
const ZERO_CLAUSE = new RegExp(`^(?:${FILLER} )*(?:${alternation(ZERO.alone)})(?: ${FILLER})*$`);

/** True when a clause says "none so far" in words, with nothing else in it. */
export function saysNoneYet(text: string): boolean {
  const bare = text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return bare.length > 0 && ZERO_CLAUSE.test(bare);
}
