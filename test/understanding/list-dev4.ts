// Lists dev-4's harmful and missed cases (a study aid, run with `npx tsx test/understanding/list-dev4.ts`).
import { readFileSync } from 'node:fs';
import { grade, type CorpusCase } from './grade.js';

const file = process.argv[2] ?? 'test/fixtures/understanding-dev-4.json';
const set = JSON.parse(readFileSync(file, 'utf8')) as { asOf?: string; cases: CorpusCase[] };
const now = set.asOf ? new Date(set.asOf) : undefined;
const n = { right: 0, missed: 0, harmful: 0 };
const only = process.argv[3];
for (const c of set.cases) {
  const g = grade(c, [], now);
  n[g.grade]++;
  if (g.grade !== 'right' && (!only || only === g.grade)) console.log(`${g.grade.toUpperCase()} ${c.id} [${c.pending}] ${JSON.stringify(c.message)}\n   ${g.why} | expect ${JSON.stringify(c.expect.set)}`);
}
console.log(JSON.stringify(n));
