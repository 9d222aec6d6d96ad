// How much a source can carry: a program's own site (or a registry) is primary; a GitHub list, a personal blog, a
// document-sharing site or a forum only restates others and is labelled secondary wherever it is shown.

/** Hosts and path marks of sources that only restate others, with the words users see for each kind. */
const SECONDARY: readonly { kind: string; test: RegExp }[] = [
  { kind: 'a list on GitHub', test: /^https?:\/\/([^/]*\.)?(github\.com|githubusercontent\.com|github\.io)\//i },
  { kind: 'a document-sharing site', test: /^https?:\/\/([^/]*\.)?(scribd\.com|docplayer\.[a-z]+|pdfcoffee\.com|studylib\.net|yumpu\.com|issuu\.com|dokumen\.pub|coursehero\.com|slideshare\.net)\//i },
  { kind: 'a forum', test: /^https?:\/\/([^/]*\.)?(reddit\.com|studentdoctor\.net|quora\.com)\//i },
  { kind: 'a personal blog', test: /^https?:\/\/([^/]*\.)?(blogspot\.com|wordpress\.com|medium\.com|substack\.com|tumblr\.com)\/|^https?:\/\/[^/]*\bblog\b|\/blog\//i },
];

/** The kind of a secondary source in words ("a list on GitHub"), or undefined for a primary one. */
export function secondaryKind(url: string): string | undefined {
  return SECONDARY.find((s) => s.test.test(url))?.kind;
}

/** The first primary address among a row's sources (the program's own page), else the first one; undefined when none. */
export function primaryFirst(urls: readonly string[]): string | undefined {
  return urls.find((u) => secondaryKind(u) === undefined) ?? urls[0];
}

/** The source as shown to users: a secondary one says so ("…, a secondary source: a list on GitHub"). */
export function labelledSource(url: string): string {
  const kind = secondaryKind(url);
  return kind ? `${url} (secondary source: ${kind})` : url;
}

/** Words in a research note that mean the program's existence or identity was inferred, not read on its own site. */
const INDIRECT_NOTE = /\binferred\b|\bnot seen\b|re-?verify|\bpossibly\b|\bdescriptive\b|\bpredates\b|\bapparently\b|\bunclear\b|naming of|\bnot in the national roster\b/i;

/** True when the program rests on an indirect or secondary source: its note says so, or every source is secondary. */
export function restsOnIndirectSource(note: string | null | undefined, urls: readonly string[]): boolean {
  if (note && INDIRECT_NOTE.test(note)) return true;
  return urls.length > 0 && urls.every((u) => secondaryKind(u) !== undefined);
}
