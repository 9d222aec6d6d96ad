// One reader for every yes/no reply (forget me, the read-back, clarifying questions), in several languages.
// A "no", "wait", "later", "not now" or "cancel" anywhere wins; a yes counts only when nothing else is said.

/** What a yes/no reply says; `acknowledged` ("ok", "sure", "cool") only in claim mode: heard, but no answer to a question of fact. */
export type Confirmation = 'yes' | 'no' | 'unclear' | 'acknowledged';

/**
 * How strict the reading is: a confirmation before acting needs the whole reply to be a yes; an answer may go on after
 * its first word; a claim (the answer to a question of fact: "are you couples matching?") needs a real yes, not an "ok".
 */
export type ConfirmMode = 'strict' | 'answer' | 'claim';

const EMOJI_YES = /[✅✔☑]/gu;
// A thumbs-up or "OK" sign agrees to act, but says nothing about a fact: read as "ok".
const EMOJI_OK = /[👍👌🆗]/gu;
const EMOJI_NO = /[👎❌✋🛑⛔🚫✖]/gu;

/** A phrase list ("a|b c") as word sequences, normalised the way replies are. */
const phrases = (list: string): string[][] => list.split('|').map((p) => words(p)).filter((p) => p.length > 0);

// Words (after lowercasing and dropping accents) that keep things as they are. Matched as whole words only.
const NO = phrases(
  [
    // English
    "no|n|nope|nah|nay|not|dont|don't|do not|never|wait|hold on|hang on|hold up|later|not now|not yet|cancel|cancelled|stop|keep|keep it|abort|nevermind|never mind|changed my mind|undo|mistake|by mistake|negative|no way|tomorrow|another time|some other time|back|didnt|didn't|havent|haven't|none",
    // Spanish
    'no|espera|esperate|espere|despues|luego|mas tarde|cancela|cancelar|cancelalo|manten|mantener|guardalo|guarda|nunca|todavia no|aun no|ahora no|para|detente|mejor no',
    // Portuguese
    'nao|espera|espere|depois|mais tarde|cancela|cancelar|cancele|manter|mantenha|mantem|guarda|guarde|nunca|ainda nao|agora nao|pare|melhor nao',
    // Hindi-Urdu (romanised)
    'nahi|nahin|nahiin|nai|na|mat|mat karo|ruko|ruk|ruko zara|baad mein|baad me|bad me|abhi nahi|rehne do|rehnay do|rahne do|cancel karo',
    // Tagalog
    'hindi po|hindi pa|hindi naman|wala|wala po|wala pa|huwag|wag|ayoko',
    // French
    'non|attends|attendez|attend|plus tard|annule|annuler|annulez|garde|garder|gardez|pas maintenant|jamais|pas|arrete|stop',
    // Arabic script
    'لا|لأ|كلا|انتظر|لاحقا|لاحقاً|بعدين|الغاء|إلغاء|توقف|مش|ليس',
  ].join('|'),
);

// Words that mean yes on their own.
const YES = phrases(
  [
    "yes|y|ye|yea|yeah|yeh|yep|yup|ya|yas|sure|ok|okay|k|kk|okey|alright|all right|confirm|confirmed|i confirm|go ahead|proceed|do it|absolutely|definitely|of course|ofc|correct|right|thats right|that's right|that is right|yes please|affirmative|indeed|certainly|i am sure|im sure|i'm sure|100%",
    // Spanish
    'si|sí|claro|dale|vale|de acuerdo|confirmo|seguro|por supuesto|adelante|correcto|hazlo',
    // Portuguese
    'sim|claro|pode|pode sim|confirmo|com certeza|certo|isso|isso mesmo|beleza|fechado|manda ver|faz isso',
    // Hindi-Urdu (romanised)
    'haan|han|haa|haanji|haan ji|ji|ji haan|jee|theek hai|thik hai|theek|thik|bilkul|zaroor|zarur|kar do|karo|kardo|sahi|sahi hai',
    // Tagalog
    'oo|opo|oo po|oo tama|tama|tama po|oo naman|syempre|sige',
    // French
    "oui|ouais|d'accord|daccord|bien sur|vas y|vas-y|allez y|allez-y|confirme|je confirme|exact|ok d'accord|parfait",
    // Arabic script
    'نعم|أجل|اجل|ايوه|أيوه|اي|إي|موافق|تمام|طيب|أكيد|اكيد',
  ].join('|'),
);

// Words that add nothing to a yes ("yes please, delete it all").
const FILLER = phrases(
  "please|pls|plz|thanks|thank you|thx|go|now|just|it|them|that|this|everything|all|all of it|my|me|the|data|profile|stuff|and|then|so|really|very|por favor|todo|todos|mis|mi|datos|perfil|tudo|meus|minha|meu|dados|o|a|os|as|es|lo|la|le|les|tout|mes|donnees|s'il te plait|s'il vous plait|svp|stp|سب|من فضلك|لو سمحت|sab|please ji|bhai|yaar|kar|do",
);

/** Extra words that mean yes for one question ("delete it" before forgetting, "build my plan" at the read-back). */
const CONFIRM_ACTIONS = {
  forget: phrases("delete|delete it|delete all|delete everything|delete my data|erase|erase it|wipe|wipe it|remove|remove it|forget|forget me|forget it all|borra|borralo|borrar|elimina|eliminalo|eliminar|apaga|apague|apagar|pode apagar|exclui|excluir|supprime|supprimer|efface|effacer|delete kar do|mita do|hata do|احذف|امسح"),
  readBack: phrases('build|build it|build my plan|make my plan|show my plan|show me the plan|looks good|looks right|looks correct|looks fine|all good|all correct|all right|good|fine|perfect|great|done|lgtm|sounds good|spot on|todo bien|esta bien|está bien|perfecto|esta certo|está certo|tudo certo|perfeito|sab sahi|sab theek|tout est bon|c\'est bon|cest bon|صحيح'),
} as const;

/** A reply as words: lowercased, accents dropped, emoji read as yes/no, punctuation removed ("?" kept as a word). */
function words(text: string): string[] {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(EMOJI_YES, ' yes ')
    .replace(EMOJI_OK, ' ok ')
    .replace(EMOJI_NO, ' no ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\?/g, ' ? ')
    .replace(/[^\p{L}\p{N}'%?]+/gu, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ');
  return t.split(' ').filter(Boolean);
}

const at = (ws: readonly string[], i: number, p: readonly string[]): boolean => p.every((w, j) => ws[i + j] === w);
const longestFirst = (list: readonly (readonly string[])[]): (readonly string[])[] => [...list].sort((a, b) => b.length - a.length);

// Openings that answer a clarifying question ("I did", "have one", "I didn't").
const ANSWER_YES = phrases('i did|i do|i have|did|do|have|true|yes i did|yes i have|yes i do');
const ANSWER_NO = phrases("i didn't|i didnt|i did not|i don't|i dont|i do not|i haven't|i havent|i have not|no i didn't|no i haven't|false|i'm not|im not|i am not|we're not|were not|we are not|not really|no we're not|no i'm not");

const NO_SORTED = longestFirst(NO);
const FILLER_WORDS = new Set(['so', 'then', 'thing', 'well', 'lol', 'haha', 'yaar', 'bhai', 'ji', 'please', 'pls', 'and']);
const ANSWER_NO_SORTED = longestFirst([...NO, ...ANSWER_NO]);
const ANSWER_YES_SORTED = longestFirst([...YES, ...ANSWER_YES]);
const YES_SET = new Set(YES.map((p) => p.join(' ')));
const ACTIONS_SORTED = {
  forget: longestFirst([...CONFIRM_ACTIONS.forget, ...YES, ...FILLER]),
  readBack: longestFirst([...CONFIRM_ACTIONS.readBack, ...YES, ...FILLER]),
  none: longestFirst([...YES, ...FILLER]),
};
const ACTION_SET = { forget: new Set(CONFIRM_ACTIONS.forget.map((p) => p.join(' '))), readBack: new Set(CONFIRM_ACTIONS.readBack.map((p) => p.join(' '))), none: new Set<string>() };

// Yes-words that agree to go on but claim nothing ("ok" to "are you couples matching?" is not a yes): in claim mode they
// are an acknowledgement, and the question is asked again with a hint.
const ACKNOWLEDGE = phrases(
  [
    "ok|okay|k|kk|okey|okk|okie|sure|fine|cool|alright|all right|got it|gotcha|noted|understood|i see|hmm|hm|mhm|go ahead|proceed|do it|confirm|confirmed|i confirm|thanks|thank you|ok thanks|great|nice|good|perfect|sounds good|right",
    'vale|dale|de acuerdo|bueno|seguro|adelante|hazlo|ok gracias|gracias',
    'pode|pode sim|beleza|blz|fechado|manda ver|faz isso|ta bom|tudo bem|ok obrigado|obrigado|obrigada',
    'theek hai|thik hai|theek|thik|zaroor|zarur|kar do|karo|kardo|acha|achha|accha|achcha|ok ji|shukriya',
    "d'accord|daccord|vas y|vas-y|allez y|allez-y|confirme|je confirme|ok d'accord|parfait|merci",
    'موافق|تمام|طيب|شكرا',
  ].join('|'),
);
// Words that claim a fact is so ("yes", "yeah", "of course", "sim", "haan ji", "I am", "we are").
const CLAIM_YES = phrases(
  [
    "yes|y|ye|yea|yeah|yeh|yep|yup|ya|yas|yess|yesss|absolutely|definitely|of course|ofc|correct|thats right|that's right|that is right|true|affirmative|indeed|certainly|100%|i am|im|i'm|we are|we're|were|i do|i did|i have|i've|we do|we did|we have|yes i am|yes we are|exactly|for sure",
    'si|claro|claro que si|por supuesto|correcto|asi es|efectivamente|exacto|confirmo',
    'sim|claro|com certeza|certo|isso|isso mesmo|exato|correto|sou|estou|somos|estamos',
    'haan|han|haa|haanji|haan ji|ji|ji haan|jee|jee haan|bilkul|sahi|sahi hai|hai|hain',
    'oo|opo|oo po|oo tama|tama|tama po|oo naman|syempre|meron|meron po|mayroon',
    'oui|ouais|exact|bien sur|tout a fait',
    'نعم|أجل|اجل|ايوه|أيوه|اي|إي|أكيد|اكيد',
  ].join('|'),
);
const ACKNOWLEDGE_SORTED = longestFirst(ACKNOWLEDGE);
const CLAIM_YES_SORTED = longestFirst([...CLAIM_YES, ...ANSWER_YES]);

/** True when a no-word appears anywhere in the words. */
function saysNo(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i += 1) if (NO_SORTED.some((p) => at(ws, i, p))) return true;
  return false;
}

/**
 * Reads a yes/no reply. `strict` (before deleting or building): yes only when every word is a yes, an action word
 * of the question, or filler; any no-word anywhere is a no; anything else (a question, a hedge, other words) is unclear.
 * `answer` (a clarifying question): a reply that opens with yes (and says no no-word) or with no, whatever follows.
 */
export function readConfirmation(text: string, mode: ConfirmMode = 'strict', question: 'forget' | 'readBack' | 'none' = 'none'): Confirmation {
  const ws = words(text);
  if (ws.length === 0) return 'unclear';
  if (mode === 'answer') return readAnswer(ws);
  if (mode === 'claim') return readClaim(ws);
  if (saysNo(ws)) return 'no';
  const known = ACTIONS_SORTED[question];
  let yes = false;
  for (let i = 0; i < ws.length; ) {
    const p = known.find((k) => at(ws, i, k));
    if (!p) return 'unclear';
    const key = p.join(' ');
    if (YES_SET.has(key) || ACTION_SET[question].has(key)) yes = true;
    i += p.length;
  }
  return yes ? 'yes' : 'unclear';
}

/** A clarifying answer: its opening word decides ("yes, on the 3rd try"); a no-word later turns a yes into unclear. */
function readAnswer(ws: readonly string[]): Confirmation {
  const opensNo = ANSWER_NO_SORTED.find((p) => at(ws, 0, p));
  const opensYes = ANSWER_YES_SORTED.find((p) => at(ws, 0, p));
  if (opensYes && (!opensNo || opensYes.length > opensNo.length)) return saysNo(ws.slice(opensYes.length)) ? 'unclear' : 'yes';
  if (opensNo) return 'no';
  return 'unclear';
}

/**
 * The answer to a question of fact: a real yes (and no no-word after it) or a no opens it; "ok", "sure" or "cool" with
 * nothing that claims after it is an acknowledgement ("ok yes" is a yes, "sure, no" a no, "ok" alone asks again).
 */
function readClaim(ws: readonly string[]): Confirmation {
  let at0 = 0;
  let acknowledged = false;
  // acknowledgements before the answer ("ok so yes", "sure thing, no") are skipped
  for (let guard = 0; guard < ws.length; guard += 1) {
    const claim = CLAIM_YES_SORTED.find((p) => at(ws, at0, p));
    const no = ANSWER_NO_SORTED.find((p) => at(ws, at0, p));
    const ack = ACKNOWLEDGE_SORTED.find((p) => at(ws, at0, p));
    // the longest reading wins at each place ("right" alone acknowledges, "that's right" claims)
    const best = [claim, no, ack].reduce<readonly string[] | undefined>((b, p) => (p && (!b || p.length > b.length) ? p : b), undefined);
    if (!best) break;
    if (best === no) return 'no';
    if (best === claim) return saysNo(ws.slice(at0 + best.length)) ? 'unclear' : 'yes';
    acknowledged = true;
    at0 += best.length;
    while (at0 < ws.length && FILLER_WORDS.has(ws[at0]!)) at0 += 1;
    if (at0 >= ws.length) break;
  }
  if (!acknowledged) return 'unclear';
  if (saysNo(ws.slice(at0))) return 'no';
  return at0 >= ws.length ? 'acknowledged' : 'unclear';
}
