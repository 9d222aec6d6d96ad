// How many programs this cycle's applications went to, where the applicant tells it beside sending them
// ("submitted 35 programs", "applied to 60 programs in september", "ERAS went to 120 programs", "80 programs apply
// kiye the"): kept in the cycle, so the plan counts what is still to add rather than the whole list again.
import type { Clause } from '../clauses.js';

// a count of programs, the number just before the word ("35 programs", "60 IM programs", "120 apps")
const COUNTED = /\b(\d{1,3}) (?:(?:im|fm|internal medicine|family medicine|psych|psychiatry|peds|pediatrics|neuro|neurology|categorical|prelim|residency|different|total) )?(?:programs?|progs?|apps|applications|programas)\b/g;
// the count told as sent: a verb of sending in the same sentence ("submitted", "applied to", "went out", "sent"; a bare
// "apply" is what "apply kiya" becomes from Hindi-Urdu; the fees "paid" for them, and a plan's "to apply" is ruled out below)
const SENT = /\b(submitted|sent|applied|apply|went out|went in|are out|is out|out to|pushed|paid|mandei|enviei|envie|mande|aplique|apliquei)\b/;
// the count told as a plan, a wish or a limit (in its sentence) ("will apply to 80", "planning 100 programs", "should I apply to 120")
const NOT_SENT = /\b(will|gonna|going to|to apply|need|needs|if|plan|planning|planned|want|wanna|should|could|would|might|may|hope|hoping|aim|aiming|target|next|budget|afford|more|another|add|adding|extra|recommend\w*|suggest\w*|advised?|told)\b/;

/** The number of programs applied to this cycle, from clauses told as done; undefined when none is told. */
export function applicationsSent(clauses: readonly Clause[]): number | undefined {
  let total: number | undefined;
  // (the verb may sit in the sentence's other clause: "sent out apps in september, 60 programs")
  const sentence = (c: Clause) => clauses.filter((o) => o.sentence === c.sentence).map((o) => o.text).join(' ; ');
  // (a clause read for both the stage and the cycle comes twice: it counts once)
  for (const c of new Set(clauses)) {
    if (c.when !== 'done' || c.question || c.otherPerson || NOT_SENT.test(sentence(c)) || !SENT.test(sentence(c))) continue;
    const counts = [...c.text.matchAll(COUNTED)].map((m) => Number(m[1])).filter((n) => n >= 5 && n <= 400);
    // (one count per clause; "95 IM and 20 FM programs" is two clauses or two counts: they add up)
    if (counts.length) total = (total ?? 0) + counts.reduce((a, b) => a + b, 0);
  }
  return total;
}
