// One entry point that reads an answer for any profile field.
import type { Profile, ProfileField } from '../../domain/profile.js';
import { parseLanguages, parseStage } from './parse-misc.js';
import { parseResearch, parseUsce, parseUsLors } from './parse-experience.js';
import { parseGraduationYear } from './parse-graduation.js';
import { parseLaTies, parseRegions } from './parse-places.js';
import { parseSpecialty } from './parse-specialty.js';
import { parseStep1, parseStep2ck, parseStep3 } from './parse-steps.js';
import { parseVisa } from './parse-visa.js';
import { notUnderstood, type Parsed } from './result.js';

/** What parsing may depend on besides the text: only the current date. */
export interface ParseContext { now: Date }

type Parsers = { [F in ProfileField]-?: (text: string, ctx: ParseContext) => Parsed<NonNullable<Profile[F]>> };

const PARSERS: Parsers = {
  specialty: parseSpecialty,
  visa: parseVisa,
  step1: parseStep1,
  step2ck: parseStep2ck,
  step3: parseStep3,
  graduationYear: (text, ctx) => parseGraduationYear(text, ctx.now),
  usce: parseUsce,
  usLors: parseUsLors,
  languages: parseLanguages,
  regions: parseRegions,
  laTies: parseLaTies,
  research: parseResearch,
  stage: parseStage,
};

/** Reads `text` as the answer to `field`; never throws, whatever the text. */
export function parseAnswer<F extends ProfileField>(field: F, text: string, ctx: ParseContext): Parsed<NonNullable<Profile[F]>> {
  const trimmed = text.trim().slice(0, 500);
  if (!trimmed) return notUnderstood();
  try {
    return (PARSERS[field] as (t: string, c: ParseContext) => Parsed<NonNullable<Profile[F]>>)(trimmed, ctx);
  } catch {
    return notUnderstood();
  }
}
