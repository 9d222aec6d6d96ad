// The buttons and selects under a plan: the details one click away, each custom_id within Discord's limits.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow, type APISelectMenuOption } from 'discord.js';
import type { PlanView } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import { BANDS, listed, placeOf, shapeOf, TIER_NAMES, TIERS } from '../../src/render/plan-screen.js';
import { encodeCustomId, type PlanCommand } from './custom-id.js';
import { LIMITS, truncate } from './limits.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function buttonRow(buttons: [PlanCommand, string][]): Row {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map(([name, label]) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: encodeCustomId({ kind: 'plan', name })! })),
  };
}

function selectRow(name: PlanCommand, placeholder: string, options: APISelectMenuOption[]): Row | undefined {
  const custom_id = encodeCustomId({ kind: 'planSelect', name });
  const fit = options.filter((o) => o.value.length <= LIMITS.optionText).slice(0, LIMITS.selectOptions);
  if (!custom_id || fit.length === 0) return undefined;
  return { type: ComponentType.ActionRow, components: [{ type: ComponentType.StringSelect, custom_id, placeholder: truncate(placeholder, 150), min_values: 1, max_values: 1, options: fit }] };
}

/** One tier or band of the list, as select options (only those with programs). */
function listOptions(plan: Plan): APISelectMenuOption[] {
  const shape = shapeOf(plan);
  const tiers = TIERS.filter((t) => plan.tiers[t].length > 0).map((t) => ({ label: `${TIER_NAMES[t].name} (${plan.tiers[t].length})`, value: t, description: TIER_NAMES[t].meaning }));
  const bands = BANDS.map((b) => ({ b, n: TIERS.reduce((n, t) => n + shape[b][t], 0) })).filter((x) => x.n > 0).map(({ b, n }) => ({ label: `${b} (${n})`, value: b }));
  return [{ label: 'All programs', value: 'all' }, ...tiers, ...bands];
}

/** Up to 25 programs, taken in turn from each tier so that every tier is represented. */
function programOptions(plan: Plan): { options: APISelectMenuOption[]; more: boolean } {
  const queues = TIERS.map((t) => listed(plan).filter((x) => x.tier === t));
  const picked: typeof queues[number] = [];
  for (let i = 0; picked.length < LIMITS.selectOptions && queues.some((q) => q.length > i); i += 1) {
    for (const q of queues) if (q[i] && picked.length < LIMITS.selectOptions) picked.push(q[i]!);
  }
  // an id longer than Discord allows travels as its first 100 characters, which the engine reads as that id
  const options = picked.map(({ tier, program }) => ({
    label: truncate(program.name.trim() || program.id, LIMITS.optionText), value: program.id.slice(0, LIMITS.optionText), description: truncate(`${tier} · ${placeOf(program)} · ${program.band}`, LIMITS.optionText),
  }));
  return { options, more: listed(plan).length > options.length };
}

/** The component rows under a plan view: detail buttons, a tier/band select and a program select on the first screen. */
export function planRows(plan: Plan, view: PlanView): Row[] {
  if (view.kind === 'summary') {
    const rows: Row[] = [buttonRow([['programs', 'All programs'], ['steps', 'Every step'], ['chart', 'Chart (PNG)'], ['csv', 'CSV']])];
    const list = selectRow('programs', 'List one tier or band…', listOptions(plan));
    if (list) rows.push(list);
    const { options, more } = programOptions(plan);
    const one = selectRow('program', more ? 'One program… (or type "program <name>")' : 'One program…', options);
    if (one) rows.push(one);
    return rows;
  }
  const back: [PlanCommand, string][] = [['plan', 'First screen'], ['programs', 'All programs'], ['steps', 'Every step']];
  return [buttonRow(back.filter(([name]) => name !== view.kind))];
}
