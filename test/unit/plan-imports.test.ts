// The plan's modules import in one direction: the applicant view is read by everyone and imports no judge.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'src/plan';
const imports = (file: string) => [...readFileSync(`${DIR}/${file}`, 'utf8').matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => `${m[1]}.ts`);

describe('plan module imports', () => {
  it('have no cycle among the plan files', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    const graph = new Map(files.map((f) => [f, imports(f)]));
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycle: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (done.has(f) || cycle.length) return;
      if (visiting.has(f)) { cycle.push(...path, f); return; }
      visiting.add(f);
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      visiting.delete(f);
      done.add(f);
    };
    for (const f of files) visit(f, []);
    expect(cycle).toEqual([]);
    expect(imports('applicant-view.ts')).toEqual([]);
  });
});
