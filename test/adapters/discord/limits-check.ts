// Checks recorded REST bodies against Discord's documented message, embed, component and modal limits.
import type { RestCall } from './fake-rest.js';

/** The message body a call carried (callback data, webhook or channel message), if any. */
export function messageBody(c: RestCall): any {
  if (c.path.endsWith('/callback')) return c.body?.type === 4 || c.body?.type === 7 ? c.body.data : undefined;
  if (c.path.startsWith('/webhooks/') || /^\/channels\/\d+\/messages$/.test(c.path)) return c.body ?? {};
  return undefined;
}

const len = (s: unknown) => (typeof s === 'string' ? s.length : 0);

function embedProblems(embeds: any[], where: string): string[] {
  const p: string[] = [];
  if (embeds.length > 10) p.push(`${where}: ${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    const fields: any[] = e.fields ?? [];
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
    if (len(e.title) > 256 || len(e.description) > 4096 || fields.length > 25 || len(e.footer?.text) > 2048) p.push(`${where}: embed over a limit`);
    for (const f of fields) if (len(f.name) > 256 || len(f.value) > 1024 || len(f.value) === 0) p.push(`${where}: field "${f.name}" over a limit`);
  }
  if (total > 6000) p.push(`${where}: embeds total ${total} > 6000`);
  return p;
}

function componentProblems(rows: any[], where: string): string[] {
  const p: string[] = [];
  if (rows.length > 5) p.push(`${where}: ${rows.length} rows`);
  const ids = new Set<string>();
  for (const row of rows) {
    const items: any[] = row.components ?? [];
    const selects = items.filter((i) => i.type === 3);
    if (row.type !== 1 || items.length === 0 || items.length > 5 || (selects.length && items.length !== 1)) p.push(`${where}: bad row`);
    for (const i of items) {
      if (i.custom_id !== undefined) {
        if (len(i.custom_id) < 1 || len(i.custom_id) > 100) p.push(`${where}: custom_id length ${len(i.custom_id)}`);
        if (ids.has(i.custom_id)) p.push(`${where}: duplicate custom_id`);
        ids.add(i.custom_id);
      }
      if (i.type === 2 && len(i.label) > 80) p.push(`${where}: button label ${len(i.label)}`);
      if (i.type === 3) {
        if (!i.options?.length || i.options.length > 25) p.push(`${where}: ${i.options?.length} options`);
        for (const o of i.options ?? []) if (len(o.label) > 100 || len(o.value) > 100) p.push(`${where}: option over 100`);
      }
    }
  }
  return p;
}

/** Every limit one message body (content, embeds, components) breaks. */
export function bodyProblems(body: any, where = 'message'): string[] {
  const problems = len(body.content) > 2000 ? [`${where}: content ${len(body.content)} > 2000`] : [];
  return [...problems, ...embedProblems(body.embeds ?? [], where), ...componentProblems(body.components ?? [], where)];
}

/** Every limit a call's body breaks, as readable strings (empty when all are within limits). */
export function limitProblems(calls: RestCall[]): string[] {
  const problems: string[] = [];
  for (const c of calls) {
    const where = `${c.method} ${c.path.replace(/\/[^/]{30,}/g, '/…')}`;
    if (c.path.endsWith('/callback') && c.body?.type === 9) {
      const d = c.body.data;
      if (len(d.title) > 45 || len(d.custom_id) > 100) problems.push(`${where}: modal title/custom_id`);
      for (const input of d.components.flatMap((r: any) => r.components)) if (len(input.label) > 45 || len(input.placeholder) > 100) problems.push(`${where}: text input label/placeholder`);
    }
    const body = messageBody(c);
    if (!body) continue;
    problems.push(...bodyProblems(body, where));
  }
  return problems;
}
