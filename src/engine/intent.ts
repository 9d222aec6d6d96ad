// Commands said in words, as one table: each command with the phrasings that mean it (whole message only).
import type { CommandName } from '../domain/io.js';
import { commandWords } from './command-text.js';
import { dataCommandIn } from './data-requests.js';
import { typedDetailCommand } from './plan-commands.js';

/** Phrasings of each command; a message that is exactly one of them (after "please"/"ok") runs it. */
const COMMAND_PHRASES: readonly (readonly [CommandName, RegExp])[] = [
  ['help', /^(help|\?|menu|commands|options|what can you do|h)$/],
  ['back', /^(back|go back|previous|prev|undo|last question|go back one)$/],
  ['skip', /^(skip|skip it|skip this|skip this one|skip question|next question|i'?d rather not say|prefer not to say|rather not say)$/],
  ['restart', /^(restart|start over|reset|start again|begin again|new profile)$/],
  ['export', /^(export|export my data|export my profile|download my data|download my profile|give me my data|send me my data|my data as json|data export|take my data)$/],
  ['profile', /^(profile|my profile|show profile|show my profile|what do you know( about me)?|my data|show my data|summary|my answers)$/],
  ['plan', /^(plan|my plan|show plan|show my plan|show me my plan|results|advice|where should i apply|program list|list)$/],
  ['privacy', /^(privacy|privacy policy|data privacy|my privacy|privacidad|privacidade)$/],
  ['forget', /^(forget me|delete me|delete my data|delete my profile|erase my data|forget|remove my data|delete everything)$/],
  ['why', /^(why|why do you ask|why do you need (this|that|it)|why does (this|that|it) matter|why is (this|that) needed|why ask|why this question|what is this for|why( do| would)? you (ask|need|want)\b.*|why (is|does) (that|this) (matter|needed|important).*)$/],
  ['more', /^(more|tell me more|say more|more details?|details|more info|more information|show more|the rest|rest of (it|the answer)|go on|and\?)$/],
  ['start', /^(start|(?:hi|hello|hey|hola|ola|salam|assalam(?:u)? ?alaikum|namaste|hii+|helo)(?: (?:bhai|bro|sir|ma'?am|there|everyone|all|guys|doc|team|yaar|amigo|amiga))?|advise|advise me|begin|resume|continue|\/start)$/],
];

// Longer than any phrasing in the table (with "please"/"ok" and spaces around it): cannot be a command.
const LONGEST_PHRASE = 60;

/** The command a whole message names, if any ("please skip", "go back", "why do you ask?"). */
export function commandIn(text: string): CommandName | undefined {
  // every phrasing is short except "why ..." questions and requests about one's data: a longer message is no command
  if (text.length > LONGEST_PHRASE && !/^\W*(please |pls |ok |okay )?why\b/i.test(text)) return dataCommandIn(text);
  const { t, bare } = commandText(text);
  if (t === '?') return 'help';
  return COMMAND_PHRASES.find(([, re]) => re.test(bare))?.[0] ?? dataCommandIn(bare);
}

const WHAT_IF = /^\s*(what if|what happens if|suppose|supposing|assume|assuming|hypothetically|if i (got|get|score|scored|take|took|pass|passed|had|have|were|was))\b/i;

/** True when the message asks a what-if ("what if I get 235 on Step 3?"): read on a copy, never stored. */
export function isWhatIf(text: string): boolean {
  return WHAT_IF.test(text);
}

// A supposition opened in Spanish, Portuguese or Hinglish ("y si saco 240", "que pasa si", "e se eu tirar", "agar"); a
// bare "si" before a verb of getting a result ("si saco 240", "si sacara 240") is one too
const FOREIGN_WHAT_IF = /^\s*(?:(?:y\s+|e\s+)?(?:qu[eé]\s+(?:pasa|pasar[ií]a|tal)\s+si|o\s+que\s+acontece\s+se|y\s+si|e\s+se|se\s+eu|agar)\s+|si\s+(?=(?:saco|paso|apruebo|consigo|obtengo|sacara|sacase|pasara|pasase|aprobara|tuviera|tuviese|consiguiera|hiciera|aplicara|tomara|obtuviera)\b))/i;
// "si" before a verb of having or doing ("si tengo el certificado", "si hago un observership") is "if" only when the
// message asks what follows ("si hago 3 meses mas, cuantos programas?"); typed without its accent, as most people type
// it, it is also "sí" (yes): "si tengo el certificado ECFMG" answers the question on screen
const BARE_SI_PRESENT = /^\s*si\s+(?=(?:tengo|hago|agrego|a[nñ]ado|quito|aplico|tomo)\b)/i;
const ASKS_AFTER = /\?|\b(?:cu[aá]nt[oa]s?|qu[eé]|c[oó]mo|cu[aá]l(?:es)?|mis (?:chances|posibilidades|opciones)|cambia|mejora|deber[ií]a)\b/i;

/** A what-if opened in another language, with its opening put in English ("y si saco 240" -> "what if saco 240"), else undefined. */
export function whatIfInEnglish(text: string): string | undefined {
  const m = FOREIGN_WHAT_IF.exec(text) ?? (ASKS_AFTER.test(text) ? BARE_SI_PRESENT.exec(text) : null);
  return m ? `what if ${text.slice(m[0].length)}` : undefined;
}

/**
 * A plan-detail command typed as a whole message ("programs in socal", "program huntington", "steps",
 * "csv", "chart"; "why <program>" once the interview is done), with its argument.
 */
export function detailCommandIn(text: string, interviewDone: boolean): { name: CommandName; arg?: string } | undefined {
  const { bare } = commandText(text);
  return typedDetailCommand(bare, interviewDone);
}

/** A whole message as command phrases are matched: lowercased, spaces and quotes tidied, end punctuation and "please"/"ok" dropped. */
function commandText(text: string): { t: string; bare: string } {
  const t = commandWords(text);
  return { t, bare: t.replace(/^(please|pls|ok|okay)\s+/, '').replace(/\s+(please|pls)$/, '') };
}
