// Checks on a program CSV that the row schema cannot make: encoding, NUL bytes, size, where a quote opens, sources.
import { programSchema, type Program } from './program-schema.js';

/** One problem, 1-based line. */
interface Issue { line: number; message: string }

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const lineAt = (text: string, index: number) => text.slice(0, index).split(/\r\n|\r|\n/).length;

/** The line of the first byte that is not valid UTF-8: where the lossy decoding puts its first replacement character. */
function badByteLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  return lineAt(lossy, Math.max(0, lossy.indexOf('\uFFFD')));
}

/**
 * Turns the input into text, refusing what would otherwise be silently changed or stored: invalid UTF-8 (bytes),
 * replacement characters (text already decoded lossily), NUL bytes, and files over `maxBytes`.
 */
export function checkText(input: string | Uint8Array, maxBytes: number): { ok: true; text: string } | { ok: false; issue: Issue } {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) return { ok: false, issue: { line: 0, message: `the file is larger than ${Math.round(maxBytes / 1048576)} MB; nothing was imported` } };
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = STRICT_UTF8.decode(input);
    } catch {
      return { ok: false, issue: { line: badByteLine(input), message: 'the file is not valid UTF-8 here; save it as "CSV UTF-8" and import again' } };
    }
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) return { ok: false, issue: { line: lineAt(text, replacement), message: 'a replacement character (U+FFFD) was found: the file was probably not saved as UTF-8; save it as "CSV UTF-8" and import again' } };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ok: false, issue: { line: lineAt(text, nul), message: 'the file contains a NUL byte; it is probably not a text CSV' } };
  return { ok: true, text };
}

/** The line where the quoted cell that never closes begins, scanning as RFC 4180 does; undefined when all close. */
export function quoteOpeningLine(text: string): number | undefined {
  let line = 1;
  let opened: number | undefined;
  let atCellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (opened !== undefined) {
      if (c === '"') {
        if (text[i + 1] === '"') { i += 1; continue; }
        opened = undefined;
        atCellStart = false;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
      continue;
    }
    if (c === '"' && atCellStart) { opened = line; continue; }
    if (c === ',') { atCellStart = true; continue; }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) { line += 1; atCellStart = true; continue; }
    if (c !== '\r') atCellStart = false;
  }
  return opened;
}

// Columns that say which program a row is and where its facts come from; every other column states a fact.
const NOT_FACTS: ReadonlySet<string> = new Set(['id', 'acgmeId', 'name', 'specialty', 'city', 'region', 'sourceUrls', 'asOf', 'notes']);
const FACT_FIELDS = Object.keys(programSchema.shape).filter((k) => !NOT_FACTS.has(k));
const CAMEL_TO_SNAKE = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Fact columns (by CSV name) that state something although the row names no source; generic over the schema's fields. */
export function unsourcedFacts(program: Program): string[] {
  if (program.sourceUrls.length > 0) return [];
  const record = program as unknown as Record<string, unknown>;
  return FACT_FIELDS.filter((k) => {
    const v = record[k];
    return v !== null && v !== undefined && v !== 'unknown' && v !== '' && !(Array.isArray(v) && v.length === 0);
  }).map(CAMEL_TO_SNAKE);
}
