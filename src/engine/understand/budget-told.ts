// The applicant's own budget for applying, told anywhere in a message ("my budget is max $800 for everything", "we
// only have $1,500 total for applications", "I can spend about 2k on ERAS", "mi presupuesto es de 1000 dólares"):
// a sum with a word that makes it the applicant's to spend. A fee quoted, a sum spent or a living cost is no budget,
// and a sum only asked about ("is $2000 enough?") is not told.
import { none, value, type Reader } from './reading.js';

// a sum of money: "$1,500", "$ 800", "$1.5k", "1500 dollars", "900 usd", "2k" (the last only beside a budget word)
const MONEY = /\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b)?|\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b)?\s?(?:dollars?|d[oó]lares|d[oó]lar|usd|bucks|rupees)?\b/gi;
// the sum is the applicant's to spend
const OWN = /\b(budget|budgeted|presupuesto|or[cç]amento|bajat|afford|can spend|could spend|able to spend|only spend|can put|set aside|put aside|saved|savings|i have|i've got|i got|we have|we've got|we only have|i only have|only have|have only|max|maximum|at most|limit|tengo|tenho|temos|tenemos|mere paas|hamare paas)\b/i;
// a budget word itself, for a bare number ("budget 1200", "1200 budget", "afford with 1500", "with 2,500 what can I afford")
const BUDGET_WORD = /\b(budget|budgeted|presupuesto|or[cç]amento|bajat|afford|spend)\b/i;
// what follows a bare number that counts something else ("afford 120 programs", "a budget for 150 applications")
const COUNT_AFTER = /^\s?(?:programs?|progs?|apps|applications?|interviews?|months?|weeks?|%)/i;
// a sum that is not the applicant's budget for applying: spent, a fee or price quoted, a living cost, another exam's fee
const NOT_BUDGET = /\b(spent|paid|pay(?:ing)? for|cost me|costs? (?:is|was|were|are)|fees? (?:is|are|was|were)|charges?|price|rent|salary|stipend|per (?:month|week)|a month|monthly|last (?:year|cycle|time)|observership|rotation|externship|usce|step ?[123]|usmle|visa|loan from|owe)\b/i;
// a question about a sum, not a sum told ("is $2000 enough", "would 1500 cover")
const ASKED_ABOUT = /\b(is|would|will|does|could|can)\s+(?:\$\s?)?[\d.,]+k?\s*(?:dollars?|usd)?\s+(?:be\s+)?(?:enough|cover|sufficient|ok|okay|fine)\b|\bwhat if\b/i;

/** The budget for applying a message tells, in dollars, or undefined (a sum outside $100–$100,000 is not read). */
export function budgetTold(text: string): number | undefined {
  for (const sentence of text.split(/(?<=[.!?;\n])\s+|\s+(?:but|and|so)\s+(?=(?:my|our|i|we)\b)/i)) {
    if (!OWN.test(sentence) || NOT_BUDGET.test(sentence) || ASKED_ABOUT.test(sentence)) continue;
    for (const m of sentence.matchAll(MONEY)) {
      const dollars = m[1] !== undefined || /dollar|d[oó]lar|usd|bucks/i.test(m[0]);
      // (a bare number counts only beside the word budget: "budget 1200"; "I have 3 letters" is no sum)
      if (!dollars && !(m[4] || BUDGET_WORD.test(sentence))) continue;
      if (!dollars && COUNT_AFTER.test(sentence.slice(m.index! + m[0].length))) continue;
      const digits = (m[1] ?? m[3])!.replace(/,/g, '');
      const n = Number(digits) * (m[2] || m[4] ? 1000 : 1);
      if (n >= 100 && n <= 100_000) return Math.round(n);
    }
  }
  return undefined;
}

/** The budget read from clauses routed to it (the message as a whole is read by `understand` the same way). */
export const readBudget: Reader<number> = (clauses) => {
  const usd = budgetTold(clauses.map((c) => c.text).join('. '));
  return usd === undefined ? none() : value(usd);
};

// a sum said as money, in any sentence ("$1,500", "$2k", "900 dollars", "1000 usd")
const SUM = /\$\s?\d[\d,]*(?:\.\d+)?\s?k?\b|\b\d[\d,]*(?:\.\d+)?\s?k?\s?(?:dollars?|d[oó]lares|usd|bucks)\b/gi;

/** The message with every sum of money said as one word: no score, count or year is ever read from dollars. */
export function withoutMoney(text: string): string {
  return text.replace(SUM, 'money');
}
