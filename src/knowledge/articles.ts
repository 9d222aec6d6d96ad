// Loads the guidance articles (knowledge/articles/<id>.md: front matter + markdown body) and
// validates them once at start-up, reporting every problem of every file in one error.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

const MIN_BODY_WORDS = 100;

/** Counts whitespace-separated words; used for the minimum body length. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** One article as the schema guarantees it: lowercase-hyphen id, non-empty fields, a body of ≥ 100 words. */
export const articleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens'),
  title: z.string().trim().min(1, 'title must not be empty'),
  tags: z.array(z.string().trim().min(1, 'a tag must not be empty')).min(1, 'give at least one tag'),
  source: z.string().trim().min(1, 'source must not be empty'),
  section: z.string().trim().min(1, 'section must not be empty'),
  body: z
    .string()
    .refine((b) => countWords(b) >= MIN_BODY_WORDS, `body must have at least ${MIN_BODY_WORDS} words`),
});

/** A validated guidance article. */
export type Article = z.infer<typeof articleSchema>;

/** Raised when the article directory cannot be loaded; `problems` lists each one as "file: problem". */
export class ArticleLoadError extends Error {
  readonly code = 'ARTICLES_INVALID';
  constructor(
    readonly problems: string[],
    dir: string,
  ) {
    super(`Invalid guidance articles in ${dir}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ArticleLoadError';
  }
}

type FrontMatterValue = string | string[];
type ParsedFile =
  | { ok: true; fields: Record<string, FrontMatterValue>; body: string }
  | { ok: false; problems: string[] };

/** Splits `---` front matter from the body and parses `key: value`, `key: [a, b]` and quoted values. */
export function parseFrontMatter(text: string): ParsedFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { ok: false, problems: ['must start with a --- front matter line'] };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return { ok: false, problems: ['front matter has no closing --- line'] };

  const fields: Record<string, FrontMatterValue> = {};
  const problems: string[] = [];
  lines.slice(1, end).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) {
      problems.push(`front matter line ${i + 2} is not "key: value": ${JSON.stringify(line)}`);
      return;
    }
    const [, key = '', raw = ''] = match;
    if (key in fields) problems.push(`front matter key "${key}" appears twice`);
    fields[key] = parseValue(raw.trim());
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, fields, body: lines.slice(end + 1).join('\n').trim() };
}

function parseValue(raw: string): FrontMatterValue {
  if (raw.startsWith('[') && raw.endsWith(']')) {
    const inner = raw.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((item) => unquote(item.trim()));
  }
  return unquote(raw);
}

function unquote(raw: string): string {
  const quote = raw[0];
  if (raw.length >= 2 && (quote === '"' || quote === "'") && raw.endsWith(quote)) {
    return raw.slice(1, -1).replace(/\\(["'\\])/g, '$1');
  }
  return raw;
}

/** Checks one article file's text; returns the article or the problems found (without the file name). */
function parseArticle(fileName: string, text: string): { article: Article } | { problems: string[] } {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return { problems: parsed.problems };
  const result = articleSchema.safeParse({ ...parsed.fields, body: parsed.body });
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  const expectedId = basename(fileName, '.md');
  if (parsed.fields['id'] !== expectedId) problems.push(`id must equal the file name "${expectedId}"`);
  if (problems.length > 0 || !result.success) return { problems };
  return { article: result.data };
}

/** Reads every .md file in `dir` (sorted by name); throws one ArticleLoadError naming every bad file. */
export function loadArticles(dir: string): Article[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch (cause) {
    throw new ArticleLoadError([`cannot read the directory (${(cause as Error).message})`], dir);
  }
  if (files.length === 0) throw new ArticleLoadError(['no .md articles found'], dir);

  const articles: Article[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const outcome = parseArticle(file, readFileSync(join(dir, file), 'utf8'));
    if ('article' in outcome) articles.push(outcome.article);
    else problems.push(...outcome.problems.map((p) => `${file}: ${p}`));
  }
  if (problems.length > 0) throw new ArticleLoadError(problems, dir);
  return articles;
}
