// Requests about one's own stored data, said in words in English, Spanish, Portuguese or Hindi-Urdu: see it, take a
// copy, delete everything or one answer, or ask who sees it. One table, built once at load.
import type { CommandName } from '../domain/io.js';
import type { ProfileField } from '../domain/profile.js';
import { commandWords } from './command-text.js';

type DataCommand = Extract<CommandName, 'forget' | 'export' | 'profile' | 'privacy'>;

const DATA = String.raw`(?:data|info|information|details|profile|answers|account|everything|all|record|records|stuff)`;
const MY = String.raw`(?:my |all my |all of my |all the |the |me )?`;

/** Whole messages (lowercased, end punctuation dropped) that ask for one of the data commands. */
const PHRASES: readonly (readonly [DataCommand, RegExp])[] = [
  ['forget', new RegExp(String.raw`^(?:i want (?:you )?to |can you |could you |pls |please )?(?:delete|erase|remove|wipe|clear|purge|destroy)(?: out)? ${MY}${DATA}(?: (?:about|on|of) me| (?:you|u) (?:have|'ve got|saved|stored|kept|got)(?: (?:about|on|of) me)?)?(?: now)?$`)],
  ['forget', /^(?:i want my (?:data|info|profile|account) (?:deleted|removed|erased|gone)|forget (?:about )?me|forget everything(?: (?:about me|i (?:told|gave) you|i said))?|wipe me|remove me|delete me now|unsubscribe me)$/],
  ['forget', /^(?:b[oó]rra(?:r|me)?|elimina(?:r)?|suprime|quita) (?:(?:todos )?mis datos|mi perfil|todo(?: lo (?:mío|que sabes de mí))?|mi informaci[oó]n)$|^olv[ií]da(?:me| mis datos)$/],
  ['forget', /^(?:apag(?:a|ue|ar)|exclu(?:a|ir|i)|delet(?:a|e|ar)|remov(?:a|e|er)) (?:(?:todos )?(?:os )?meus dados|meu perfil|tudo)$|^(?:me )?esque[cç]a(?:-me| meus dados)?$/],
  // "forget me" itself in Spanish ("olvídate de mí"), Portuguese ("esqueça de mim") and Hindi-Urdu ("mujhe bhool jao"),
  // with a polite word around it; "bhool gaya" (I forgot) names no one to forget, so it is not here
  ['forget', /^(?:por favor )?olv[ií]d(?:a|e)te de m[ií](?: por favor)?$|^(?:por favor )?(?:esque[cç]a|esquece)(?:-me| de mim)(?: por favor)?$|^(?:(?:bhai|yaar|please|pls|plz|ab) )?(?:mujhe|mujhko|humein|hamein|hume) (?:bhool|bhul|bhula|bhoola)(?: (?:ja|jao|jaao|jaiye|jaaiye|jaaye|jayein|do|dijiye|dena))?(?: (?:please|pls|plz))?$/],
  ['forget', /^(?:mera|meri|mere|hamara) (?:sab ?kuch|sara|saara|saari|sari|poora|pura) (?:data |profile |details |info |jaankari )?(?:delete|hata|mita|clear|remove|uda)(?:o| do| dijiye| kar do| kardo| karo| karein| kar dijiye| dena)?$|^sab ?kuch (?:delete|hata|mita|clear|uda)(?:o| do| dijiye| kar do| kardo| karo| karein| kar dijiye)?$/],
  ['forget', /^(?:mera|meri|mere|hamara) (?:data|profile|details|info|jaankari)(?: sab| sara| saari)? (?:delete|hata|mita|clear|remove|uda)(?:o| do| dijiye| kar do| kardo| karo| karein| kar dijiye| dena)?$|^(?:sab|sara data|saara data) (?:delete|hata|mita)(?:o| do| kar do| kardo| karo)?$/],
  ['export', new RegExp(String.raw`^(?:can i |could i |i want to |how (?:do|can) i )?(?:get|have|download|export|take|see a copy of) (?:a copy of )?${MY}${DATA}(?: as (?:a )?(?:file|json))?$|^(?:send|give|email) me (?:a copy of )?${MY}${DATA}$|^i want a copy of ${MY}${DATA}$`)],
  ['export', /^(?:exporta(?:r)?|descarga(?:r)?|bajar) mis datos$|^quiero (?:una copia de )?mis datos$|^(?:exportar|baixar) (?:os )?meus dados$|^quero (?:uma c[oó]pia d)?(?:os )?meus dados$|^(?:mera|meri) (?:data|details) (?:bhejo|bhej do|export karo|download karo|de do)$/],
  ['profile', /^what (?:do you have|have you (?:got|saved|stored|kept)|did you (?:save|store|keep)|do you (?:know|store|keep)|info do you have|data do you have)(?: (?:about|on) me)?$|^show (?:me )?(?:what you have|everything you have|my info|my details|my answers|what you know)(?: (?:about|on) me)?$/],
  // ("show me my data", "can I see what you saved", "what info have you got on me", "let me check my answers")
  ['profile', new RegExp(String.raw`^(?:can i |could i |may i |let me |i want to |i'd like to |id like to |how (?:do|can) i )?(?:see|view|check|look at|review|read|show(?: me)?|display|list)(?: me)? (?:${MY}(?:data|info|information|details|answers|saved (?:data|info|answers)|stored (?:data|info|answers))|(?:what|everything|all) (?:you|u) (?:have|saved|stored|kept|know|got|recorded)(?: (?:about|on|of) me)?)$`)],
  ['profile', /^what (?:info|information|data|details|answers)? ?(?:have you|do you have|have u|do u have|you have|u have|did you|did u)(?: got| saved| stored| kept| recorded| collected| save| store| keep)?(?: (?:about|on|of) me)?$/],
  // ("don't save my data", "DO NOT STORE ANYTHING", "please don't keep what I type"): what is kept, and how to delete it
  ['privacy', /^(?:please |pls |plz )?(?:don'?t|dont|do not|never|pls don'?t|please don'?t) (?:save|store|keep|record|log|retain|track)(?: (?:my|any|any of my|the|all my|this|it|anything|what i (?:say|type|tell you|write)))?(?: (?:data|info|information|details|answers|personal (?:data|info)|messages|chats?|conversations?))?(?: (?:please|pls|plz|thanks|thank you))?$/],
  ['profile', /^(?:qu[eé] sabes de m[ií]|mis datos|mu[eé]strame mis datos|ver mis datos|meus dados|o que voc[eê] sabe (?:sobre|de) mim|mostr(?:a|ar|e) (?:os )?meus dados|ver meus dados|mera data dikhao|meri details dikhao|mera profile dikhao)$/],
];

const WHAT = String.raw`(?:data|info|information|answers|details|profile|chats?|conversations?|messages|scores|this|(?:about|on) me|what i (?:tell|type|say|share|write)(?: you| here)?)`;
/** Questions about privacy: who sees what is kept, whether it is stored, shared, kept safe, and for how long. */
const PRIVACY: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:privacy|confidential|anonymous|encrypt\w*)\b`),
  new RegExp(String.raw`\b(?:is|are|will|stays?)\b.*\b(?:my |this |these |our )${WHAT}\b.*\b(?:private|safe|secure|shared|sold|public|visible)\b`),
  new RegExp(String.raw`\bwho (?:else )?(?:can|could|will|would|gets to|is able to) (?:see|read|access|view)\b.*\b${WHAT}\b`),
  new RegExp(String.raw`\b(?:do|will|does|did|are) (?:you|this bot|the bot|this app|it) (?:store|keep|save|share|sell|log|record|retain|storing|keeping|saving|sharing|selling|logging)\b.*\b${WHAT}\b`),
  new RegExp(String.raw`\bwhat (?:do|does|will|did) (?:you|this bot|the bot|this app|it) (?:store|keep|save|know|have|remember|log|record)\b.*\b(?:about|on|of) me\b`),
  /\bwhere (?:is|are|do you (?:keep|store|save)) (?:my )?(?:data|info|answers|profile)\b|\bhow long do you (?:keep|store|save)\b/,
  /\b(?:mis datos|mi informaci[oó]n)\b.*\b(?:privad|segur|compart)|\bqui[eé]n (?:puede )?ve\b.*\bdatos\b|\bmeus dados\b.*\b(?:privad|segur|compartilh)|\b(?:data|details) (?:safe|private|secure) (?:hai|he|rahega|rahenge)\b/,
];

const FIELD_WORDS: readonly (readonly [RegExp, readonly ProfileField[]])[] = [
  [/^(?:grad(?:uation)?(?: year)?|yog|year of graduation|graduation date)$/, ['graduationYear']],
  [/^(?:step ?1|step one|s1)(?: (?:score|result))?$/, ['step1']],
  [/^(?:step ?2(?: ?ck)?|ck|step two|s2)(?: (?:score|result))?$/, ['step2ck']],
  [/^(?:step ?3|step three|s3)(?: (?:score|result))?$/, ['step3']],
  [/^(?:scores|exam scores|usmle(?: scores)?|exams)$/, ['step1', 'step2ck', 'step3']],
  [/^(?:visa|visa status|immigration status|citizenship|status)$/, ['visa']],
  [/^(?:specialt(?:y|ies))$/, ['specialty']],
  [/^(?:usce|(?:us )?clinical experience|rotations|observerships?)$/, ['usce']],
  [/^(?:letters|lors?|letters of recommendation|recommendation letters|us letters)$/, ['usLors']],
  [/^(?:languages?)$/, ['languages']],
  [/^(?:regions?|locations?|preferred regions|where i want to (?:train|go))$/, ['regions']],
  [/^(?:la ties|ties(?: to la| to socal)?|la connection)$/, ['laTies']],
  [/^(?:research|publications|pubs|papers)$/, ['research']],
  [/^(?:stage|cycle stage)$/, ['stage']],
  [/^(?:ecfmg(?: status| certification)?)$/, ['ecfmg']],
  [/^(?:partner(?:'s)?(?: info| details)?|couples(?: match)?)$/, ['couples']],
  [/^(?:interviews|cycle|eras status)$/, ['cycle']],
];

const FORGET_ONE = /^(?:please |pls |can you |could you |i want you to )?(?:delete|remove|erase|forget|clear|drop|wipe|unsave)(?: just| only)? (?:my |the )?(.+?)(?: info| information| data| answer| entry| details)?(?: too| as well| please| pls)?$|^(?:don'?t|do not) (?:store|keep|save) my (.+?)(?: info| data)?$/;
const SEVERAL = /\s*(?:,| and | & )\s*/;

/** The data command a whole message asks for ("borra mis datos", "what do you have on me", "who can see my data?"), if any. */
export function dataCommandIn(text: string): DataCommand | undefined {
  const t = commandWords(text);
  if (t.length > 160) return undefined;
  const named = PHRASES.find(([, re]) => re.test(t))?.[0];
  if (named) return named;
  return PRIVACY.some((re) => re.test(t)) ? 'privacy' : undefined;
}

/** A message that opens with a sentence asking what is kept or not to keep it ("DO NOT SAVE MY DATA. which LA programs
 *  take IMGs?"), and the rest of the message, read as usual after the reply about the data. */
export function privacyBeside(text: string): string | undefined {
  const m = /^\s*([^.!?\n]{3,80}?)\s*[.!?\n]+\s*(\S[\s\S]*)$/.exec(text);
  return m && dataCommandIn(m[1]!) === 'privacy' ? m[2]!.trim() : undefined;
}

/** The answers a message asks to delete one by one ("delete my grad year", "remove my step 1 and ck"), if that is all it says. */
export function fieldsToForgetIn(text: string): ProfileField[] | undefined {
  const m = FORGET_ONE.exec(commandWords(text));
  const named = m?.[1] ?? m?.[2];
  if (!named) return undefined;
  const fields: ProfileField[] = [];
  for (const part of named.split(SEVERAL)) {
    const words = part.replace(/^(?:my|the) /, '').trim();
    const found = FIELD_WORDS.find(([re]) => re.test(words));
    if (!found) return undefined;
    for (const f of found[1]) if (!fields.includes(f)) fields.push(f);
  }
  return fields.length ? fields : undefined;
}
