// Checks a list of blocks against Slack's documented Block Kit limits; returns every breach found.

/** Problems with `blocks` as Slack would see them (empty when all limits hold). */
export function blockProblems(blocks: any[], maxBlocks = 50): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const ids = new Set<string>();
  for (const b of blocks) {
    if (b.block_id) {
      if (ids.has(b.block_id)) problems.push(`duplicate block_id ${b.block_id}`);
      ids.add(b.block_id);
      if (b.block_id.length > 255) problems.push('block_id > 255');
    }
    if (b.type === 'section') {
      const len = b.text?.text?.length ?? 0;
      if (len < 1 || len > 3000) problems.push(`section text length ${len}`);
      if (b.accessory?.type === 'button' && b.accessory.text.text.length > 75) problems.push('accessory button text > 75');
    }
    if (b.type === 'header' && b.text.text.length > 150) problems.push('header > 150');
    if (b.type === 'context' && (b.elements.length > 10 || b.elements.some((e: any) => e.text.length > 3000))) problems.push('context too big');
    if (b.type === 'actions') {
      if (b.elements.length > 25) problems.push('actions > 25 elements');
      const actionIds = new Set<string>();
      for (const e of b.elements) {
        if (actionIds.has(e.action_id)) problems.push(`duplicate action_id ${e.action_id}`);
        actionIds.add(e.action_id);
        if (e.type === 'button' && (e.text.text.length > 75 || (e.value ?? '').length > 2000)) problems.push('button too long');
        if (e.type === 'static_select') {
          if (e.options.length > 100) problems.push('select > 100 options');
          for (const o of e.options) if (o.text.text.length > 75 || o.value.length > 75) problems.push('option too long');
        }
      }
    }
  }
  return problems;
}
