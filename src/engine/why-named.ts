// "why is X a reach / so hard": what X names (a specialty, or the words of a program's name), read before any program
// is looked up, so a specialty is never taken for a program and an unknown name never for another program.
import type { Specialty } from '../domain/profile.js';
import { specialtiesIn } from './understand/readers/specialty.js';
import { inEnglish } from './understand/languages.js';
import { tokenise } from './understand/tokens.js';

/** What a "why" question asks about: the name as typed and any specialty it names. */
export interface WhyNamed { name: string; specialty?: Specialty; rest: string }

// "is X (a|an|my|so|...) reach|target|...|hard": the judgement asked about, in English and Spanish ("es EM tan dificil")
const JUDGED = /^(?:is|are|was|were|does|do|es|esta|está|e|é)\s+(.+?)\s+(?:(?:a|an|my|the|only|just|still|so|such|considered|listed|marked|rated|called|put|as|in|on|under|un|una|tan|muy|mi|considerado|considerada)\s+)*(reach(?:es)?|targets?|safety|safeties|unverified|closed|excluded|check first|hard|harder|difficult|tough|competitive|out of reach|low|dif[ií]cil|dura|duro|competitiva|competitivo)\b/;
// Spanish puts the verb after the name: "(por qué) EM es tan difícil para un IMG"
const JUDGED_AFTER = /^(.+?)\s+(?:es|est[aá]|son|e|é)\s+(?:(?:tan|muy|un|una|mi|considerado|considerada)\s+)*(dif[ií]cil|dura|duro|competitiva|competitivo|reach|target|safety)\b/;
// a name that is no program's: the applicant's own file, a place as a whole, or a pronoun
const NOT_A_NAME = /^(?:my|our|your|this|that|these|those|it|its|everything|every|all|there|so|whole|la|los angeles|california|socal|southern california|us|usa|america|match|matching|the match|residency|applying|getting|img|imgs|usmle|step|ck|visa|visas|h1b|h-1b|j1|j-1|eras|nrmp|soap|(?:a|one|any) (?:program|specialty))\b/;

/** Reads the thing a "why" argument judges ("is psychiatry a reach for me" -> psychiatry), or undefined when it judges none. */
export function whyNamed(arg: string): WhyNamed | undefined {
  const first = arg.toLowerCase().split(/[?!.;]|\s-\s/)[0]!.trim();
  const m = JUDGED.exec(first) ?? JUDGED_AFTER.exec(first);
  if (!m) return undefined;
  const name = m[1]!.trim().replace(/^(?:the|a|an)\s+/, '');
  if (NOT_A_NAME.test(name) || name.split(/\s+/).length > 8) return undefined;
  const tokens = tokenise(inEnglish(name).text);
  const named = specialtiesIn(tokens).filter((s) => !s.negated && !s.topic);
  const spans = new Set<number>();
  // the words a specialty was read from (its alias may be several words: "family medicine", "ob gyn")
  for (const s of named) for (let i = s.at; i < tokens.length && i < s.at + 3; i += 1) if (isSpecialtyWord(tokens[i]!)) spans.add(i);
  const rest = tokens.filter((_, i) => !spans.has(i) && !FILLER.test(tokens[i]!)).join(' ');
  return { name, rest, ...(named[0] ? { specialty: named[0].id } : {}) };
}

const FILLER = /^(?:for|me|to|with|my|file|program|programs|residency|in|at|the|a|an|of|as|img|imgs|un|para|con|j1|j-1|h1b|h-1b)$/;
const isSpecialtyWord = (w: string): boolean => specialtiesIn([w]).length > 0 || /^(?:medicine|med|surgery|year|residency|gyn|ob|obgyn|family|internal|emergency|general|diagnostic|interventional|physical|transitional|preliminary|prelim|medicina|familiar|interna)$/.test(w);
