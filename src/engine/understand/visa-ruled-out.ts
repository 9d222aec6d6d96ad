// A visa named, then ruled out by the words right after it ("J1 not option for me", "h1b - not possible", "J-1 is not
// for me", "j1 never", "J1 isn't available to me"): a denial after the name, not only before it as negation reads.

const OUT = String.raw`(?:(?:is|was|would be|will be|seems|'s)\s+)?(?:not|isn't|isnt|aint|ain't|no|never|not really)(?:\s+(?:an?|my|the|even|really|at all))*\s*(?:option|options|possible|possibility|choice|feasible|available|viable|realistic|happening|for me|for us|an option|allowed|eligible|applicable|going to work|gonna work|workable|$|[;,.])`;
const RULED_OUT: Readonly<Record<'j1' | 'h1b', RegExp>> = {
  j1: new RegExp(String.raw`\bj1\b(?: visa| route| path| pathway)?\s*(?:[-:,;?]\s*)*${OUT}`),
  h1b: new RegExp(String.raw`\bh1b\b(?: visa| route| path| pathway)?\s*(?:[-:,;?]\s*)*${OUT}`),
};

/** True when the visa is named and ruled out by the words after it ("J1 not option for me"); lowercased text, visas as "j1"/"h1b". */
export function ruledOutAfter(text: string, visa: 'j1' | 'h1b'): boolean {
  return RULED_OUT[visa].test(text);
}
