// Questions asked in Spanish, Portuguese or Hinglish without a question mark ("cuanto cuesta aplicar a 80 programas",
// "kya mujhe step 3 dena chahiye"): told by the words a question starts with in those languages, so a question typed
// while an interview question waits goes to the guides instead of being read as an answer. Built once, at load.

/** Accents folded and the inverted marks kept apart ("¿Cuánto?" -> "¿cuanto?"), lowercased, spaces tidied. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Words that open a question on their own in Spanish or Portuguese; the ones that also open statements
// ("como IMG...", "cuando termine...", "tengo que...") only with the verb that makes them ask.
const ES_PT_OPENERS = [
  'que (?!no\\b|si\\b)[a-z]+', 'o que', 'cuanto', 'cuanta', 'cuantos', 'cuantas', 'quanto', 'quanta', 'quantos', 'quantas',
  // ("San Diego, donde vive mi hermana", "Irvine, onde moram meus pais": where someone lives or grew up tells of the place named)
  'cual', 'cuales', 'qual', 'quais', 'donde(?! (?:vive|viven|vivo|vivi|vivia|vivian|creci|naci|trabaja|trabajan|estudie))', 'onde(?! (?:mora|moram|moro|morei|vive|vivem|cresci|nasci|trabalha|trabalham|estudei))', 'por que', 'pra que', 'para que sirve',
  'como (?:puedo|podria|se|hago|funciona|funcionan|es|son|me|aplico|consigo|obtengo|saco|mejoro|posso|faco|funcionam|e|sao)',
  '(?:cuando|quando) (?:es|son|sale|salen|abre|abren|empieza|comienza|debo|tengo|puedo|e|sao|abre|comeca|devo|posso)',
  '(?:puedo|podria|podemos|posso|poderia|podemos) (?:aplicar|postular|hacer|tomar|usar|pedir|conseguir|entrar|tener|ser|trabajar|candidatar|fazer|pegar|ter|ser|trabalhar|cambiar|mudar|hacerlo|saber)',
  'debo', 'deberia', 'devo', 'deveria',
  'vale la pena', 'vale a pena', 'es (?:posible|necesario|obligatorio|bueno|malo|normal|mejor|suficiente|cierto|verdad|realista)',
  'e (?:possivel|necessario|obrigatorio|bom|ruim|normal|melhor|suficiente|verdade|realista)',
  'me (?:conviene|recomiendas|recomienda|aconsejas)', 'hay (?:chance|chances|posibilidad|posibilidades|alguna|algun)',
  'tengo (?:chance|chances|posibilidad|posibilidades|oportunidad)', 'tenho (?:chance|chances)',
];
// Hinglish question words: open a question wherever a clause starts, and "kya" / "hai kya" closes one.
const HI_OPENERS = ['kya', 'kitna', 'kitne', 'kitni', 'kaise', 'kaisa', 'kyun', 'kyu', 'kyon', 'kab', 'kahan', 'kaha', 'kaun', 'kaunsa', 'konsa', 'kon sa'];

const OPENER = new RegExp(`(?:^|[.,;:!]\\s*|\\b(?:y|e|aur|or|and|pero|mas|but)\\s+)(?:${[...ES_PT_OPENERS, ...HI_OPENERS].join('|')})\\b`);
const CLOSER = /\b(?:kya|hai kya)\s*[.!]*$/;
// Hinglish words that ask wherever they stand ("bhai total budget kitna rakhu", "ye kaise karu")
const HI_ANYWHERE = /\b(?:kitna|kitne|kitni|kaise|kaisa|kyun|kyon)\b/;
const HINGLISH = /\b(?:hai|hoga|hogi|hain|mujhe|mera|meri|kar|karna|chahiye|milega|sakta|sakti|ka|ki|ke)\b/;

/** True when a message asks something in Spanish, Portuguese or Hinglish, with or without "¿" or "?". */
function asksInOtherLanguage(text: string): boolean {
  const t = folded(text);
  if (t.startsWith('¿')) return true;
  const plain = t.replace(/[¿¡]/g, '');
  if (OPENER.test(plain)) return true;
  if (HI_ANYWHERE.test(plain)) return true;
  return CLOSER.test(plain) && HINGLISH.test(plain.replace(CLOSER, ''));
}

// English question shapes: a question word or an asking verb first ("what I want is neurology" tells, it does not ask), a request, a comparison, a question mark at the end
const LEAD = String.raw`^(?:(?:ok|okay|so|and|but|also|hey|bhai|bro|pls|please|quick q|quick question|sorry|sry)[\s,:.-]+)*`;
const EN_OPENER = new RegExp(`${LEAD}(?:(?:what|wat|how|hw|why|which|where|who|whom)(?! i\\b| we\\b| my\\b)|y (?=(?:do|does|did|is|are|would|should|can|not|dont|don't)\\b)|whats|what's|should i|should we|can i|can we|can you|could i|could you|do i|do we|does|did i|is it|is there|is that|is this|are there|are they|will it|will i|would it|would i|am i|any tips|any advice)\\b(?=\\W*\\w)`);
const EN_REQUEST = new RegExp(`${LEAD}(?:make|list|recommend|translate|write|help me|tell me|explain|give me|show me|suggest|rank my|compare|plan (?:me|my)|be (?:brutally )?honest)\\b(?=\\W*\\w)`);
const COMPARISON = /\b(?:vs\.?|versus)\b/;
const ENDS_ASKING = /\?[\s!?.)\p{Extended_Pictographic}]*$/u;

/** How a message is shaped as a question: by its words (in English or another language read), or only by a closing "?". */
function questionShape(text: string): 'words' | 'mark' | undefined {
  const t = folded(text);
  if (asksInOtherLanguage(text) || EN_OPENER.test(t) || EN_REQUEST.test(t) || COMPARISON.test(t)) return 'words';
  return ENDS_ASKING.test(t) ? 'mark' : undefined;
}

/** The message cut into its sentences, each with the way it asks (if it does). */
export function sentencesOf(text: string): { text: string; asks: 'words' | 'mark' | undefined }[] {
  return text.split(/(?<=[.!?;\n])\s+/).map((x) => x.trim()).filter(Boolean).flatMap((x) => {
    const asks = questionShape(x);
    // asked only by its closing "?": the clauses before the last one tell ("not certified yet, pathway done?")
    const cut = asks === 'mark' ? x.lastIndexOf(',') : -1;
    return cut > 0 ? [{ text: x.slice(0, cut), asks: undefined }, { text: x.slice(cut + 1).trim(), asks }] : [{ text: x, asks }];
  });
}
