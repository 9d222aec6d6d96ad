// Render side for program administration: import results and the export message, within message limits.
import type { ImportResult } from '../../src/domain/admin.js';
import { LIMITS, truncate } from './limits.js';
import type { OutMessage } from './out-message.js';

const SHOWN_ERRORS = 20;

/** The outcome of an import in a few lines: the count, or every problem up to a sensible number. */
export function importSummary(result: ImportResult): OutMessage {
  if (result.ok) return { content: `Imported ${result.imported} program${result.imported === 1 ? '' : 's'}. The new table is in use now.` };
  const lines = result.errors.slice(0, SHOWN_ERRORS).map((e) => `line ${e.line}: ${e.message.replace(/[\r\n]+/g, ' ')}`);
  const more = result.errors.length > SHOWN_ERRORS ? `\n…and ${result.errors.length - SHOWN_ERRORS} more.` : '';
  const head = `Nothing was imported: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} to fix first.\n`;
  return { content: truncate(`${head}\`\`\`\n${lines.join('\n').replace(/`/g, "'")}\n\`\`\`${more}`, LIMITS.content) };
}

/** The current program table as a CSV attachment. */
export function exportMessage(csv: string): OutMessage {
  const rows = Math.max(0, csv.split(/\r?\n/).filter((l) => l.trim()).length - 1);
  return { content: `The current program table: ${rows} program${rows === 1 ? '' : 's'}. Edit it and send it back with /programs-import.`, files: [{ name: 'programs.csv', data: Buffer.from(csv, 'utf8') }] };
}
