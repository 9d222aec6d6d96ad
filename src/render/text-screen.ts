// A plan screen as terminal text, wrapped to a width with hanging indents, so its line count is what the reader sees.
import type { PlanScreen, ScreenLine } from './plan-screen.js';

/** The terminal width the text is wrapped to. */
const TEXT_WIDTH = 80;

/** Wraps one paragraph to `width`, the first line after `first`, the rest after `rest` (both prefixes count). */
function wrap(text: string, width: number, first: string, rest: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      out.push(line);
      line = rest + w;
    } else {
      line = empty ? line + w : `${line} ${w}`;
    }
    empty = false;
  }
  out.push(line);
  return out;
}

function lineText(l: ScreenLine, n: number, width: number): string[] {
  const body = l.lead ? `${l.lead} ${l.text}` : l.text;
  switch (l.kind) {
    case 'plain': return wrap(body, width, '', '  ');
    case 'item': return wrap(l.lead ? `${l.lead}${/[:.]$/.test(l.lead) ? '' : ':'} ${l.text}` : l.text, width, '  - ', '    ');
    case 'warning': return wrap(body, width, '  ! ', '    ');
    case 'step': {
      const head = `  ${n}. `;
      if (!l.lead) return wrap(l.text, width, head, ' '.repeat(head.length));
      return [...wrap(l.lead, width, head, ' '.repeat(head.length)), ...wrap(l.text, width, ' '.repeat(head.length), ' '.repeat(head.length))];
    }
  }
}

/** The screen as lines of at most `width` characters (a single word longer than that stays whole). */
function screenLines(screen: PlanScreen, width = TEXT_WIDTH): string[] {
  const out = [...wrap(screen.title.toUpperCase(), width, '', ''), ''];
  for (const section of screen.sections) {
    if (section.heading) out.push(...wrap(section.heading, width, '', ''));
    let n = 0;
    for (const l of section.lines) out.push(...lineText(l, l.kind === 'step' ? ++n : n, width));
  }
  if (screen.footer) out.push(...wrap(screen.footer, width, '', '  '));
  return out;
}

/** The screen as one block of terminal text. */
export function screenText(screen: PlanScreen, width = TEXT_WIDTH): string {
  return screenLines(screen, width).join('\n');
}
