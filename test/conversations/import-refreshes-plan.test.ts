// Proves an admin import takes effect at once: of the bundled table, only the imported rows are judged in the next plan
// (the national roster is generated reference data and stays).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp } from '../../src/runtime/open-app.js';

describe('importing a program table', () => {
  it('changes the very next plan, and a bad file changes nothing', async () => {
    const app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'));
    for (const t of ['start', 'FM', 'green card']) await app.advisor.handle('u', { kind: 'text', text: t });
    const lines = app.admin.exportCsv().trimEnd().split('\n');
    // (a bundled row the national roster also holds comes back from the roster once the import leaves it out: not counted)
    const national = new Set(readFileSync('knowledge/programs/national.csv', 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!));
    const bundled = new Set(lines.slice(1).map((l) => l.split(',')[0]!).filter((id) => !national.has(id)));
    const count = (plan: Awaited<ReturnType<typeof app.advisor.planOf>>) =>
      [...plan!.tiers.reach, ...plan!.tiers.target, ...plan!.tiers.safety, ...plan!.excluded, ...(plan!.unverified ?? [])].filter((p) => bundled.has(p.id)).length;
    const before = count(await app.advisor.planOf('u'));
    expect(before).toBeGreaterThan(10);
    const header = lines[0]!;
    const fm = lines.filter((l) => l.includes(',family_medicine,')).slice(0, 2);
    expect(app.admin.importCsv('id,name\n1,x\n').ok).toBe(false);
    expect(count(await app.advisor.planOf('u'))).toBe(before);
    expect(app.admin.importCsv(`${[header, ...fm].join('\n')}\n`)).toEqual({ ok: true, imported: 2 });
    expect(count(await app.advisor.planOf('u'))).toBe(2);
    app.close();
  });
});
