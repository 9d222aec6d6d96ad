import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { grade, type CorpusCase } from './grade.js';
const KINDS = (process.env.KINDS ?? 'situation,other_person,foreign_status,hedges_side_numbers').split(',');
it('lists', () => {
  const out: string[] = [];
  for (const f of ['understanding-dev-3.json', 'understanding-dev-2.json', 'understanding-corpus.json']) {
    const cases = (JSON.parse(readFileSync(`/work/wt/understand4a/test/fixtures/${f}`, 'utf8')) as { cases: CorpusCase[] }).cases;
    for (const c of cases) {
      if (!KINDS.includes(c.kind) && process.env.ALL !== '1') continue;
      const g = grade(c, f === 'understanding-corpus.json' ? ['ecfmg', 'couples', 'cycle'] : []);
      if (g.grade === 'right') continue;
      const exp = Object.keys(c.expect.set);
      const got: Record<string, unknown> = {};
      for (const k of new Set([...exp, ...Object.keys(g.after)])) if (JSON.stringify((g.after as any)[k]) !== JSON.stringify((c.before as any)[k])) got[k] = (g.after as any)[k];
      out.push(`[${f.replace('understanding-', '').replace('.json', '')}] ${c.id} ${c.kind} ${g.grade.toUpperCase()} pending=${c.pending}\n  msg: ${c.message}\n  why: ${g.why}\n  exp: ${JSON.stringify(c.expect)}\n  got: ${JSON.stringify(got)} clar=${g.clarified ?? ''}${c.note ? `\n  note: ${c.note}` : ''}`);
    }
  }
  require('node:fs').writeFileSync('/tmp/u4a/fails.txt', out.join('\n') + `\n${out.length} failures\n`);
});
