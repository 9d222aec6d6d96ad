// Lists the failing cases of a question set (default the fourth development set) with each reply, for study.
import { readSet, report } from '../test/answers/grade-dev.js';

// a reader that stops early (head) ends the listing quietly
process.stdout.on('error', () => process.exit(0));

const path = process.argv[2] ?? 'test/fixtures/questions-dev-4.json';
const kind = process.argv[3];
const { lines, graded } = report(path, readSet(path));
console.log(lines[0]);
for (const g of graded.filter((x) => !x.ok && (!kind || x.c.kind === kind))) {
  console.log(`\n=== ${g.c.id} [${g.c.kind}${g.c.class ? `/${g.c.class}` : ''}] ${g.why}`);
  console.log(`Q: ${g.c.question}`);
  if (g.c.profile) console.log(`profile: ${JSON.stringify(g.c.profile)}`);
  if (g.c.expect) console.log(`expect: ${JSON.stringify(g.c.expect)}`);
  console.log(`reply (${g.r.found ? g.r.kind ?? 'articles' : 'not found'}): ${(g.r.found ? g.r.answer : JSON.stringify(g.r)).slice(0, 500)}`);
}
