// "why am I compared with non-US IMGs? I'm a citizen": a US citizen asking why the figures are non-US IMG figures.
// Answered with what the figures are, what we do not hold, and the two groups' match rates. (A green-card holder is
// not a US-citizen IMG in the NRMP's groups, so the comparison stands for them and this answer is not given.)
import type { Profile } from '../domain/profile.js';
import { RATES_2026 } from '../plan/base-rates.js';

/** "why am I compared with/against non-US IMGs", "why use foreign IMG stats for me": the comparison group questioned. */
const ASKS = /\b(why|how come)\b[^?]{0,40}\b(compar\w*|measur\w*|judg\w*|us(e|ing)|grouped|lumped|count\w*)\b[^?]{0,30}\b(non[- ]?us|foreign|international|visa[- ]seeking)\b[^?]{0,10}\b(imgs?|graduates?|applicants?|stats|figures|numbers|data)\b/i;
/** The asker saying they are a citizen, in the same message. */
const SAYS_CITIZEN = /\b(i'?m|im|i am|as)\s+(a\s+)?(us\s+|u\.s\.\s+|american\s+)?citizen\b|\b(i'?m|im|i am)\s+(an?\s+)?american\b(?!\s+(medical|school|university|graduate|img))/i;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The answer for a US citizen who questions the comparison group, else undefined. */
export function citizenComparison(question: string, profile: Profile | undefined): string | undefined {
  if (!ASKS.test(question)) return undefined;
  const visa = profile?.visa;
  if (!(visa === 'us_citizen' || (SAYS_CITIZEN.test(question) && visa !== 'green_card' && !/green ?card|permanent resident/i.test(question)))) return undefined;
  const { usImgMatchRate: us, nonUsImgMatchRate: non } = RATES_2026;
  return [
    `Because the score figures we hold are for non-US IMGs: the NRMP publishes Step 2 CK figures for US-citizen IMGs separately (NRMP Charting Outcomes for US IMGs, nrmp.org), and those are not in our data. So for you they are a stricter comparison, shown for reference, not as your group's figures.`,
    `As a US citizen you need no visa, so no program is closed to you for a visa, and that is counted in your plan. US-citizen IMGs matched at ${pct(us.value)} in ${us.year} against ${pct(non.value)} for non-US IMGs (${non.source}, nrmp.org).`,
    `Everything else in your file (scores, attempts, graduation year, US experience and letters) is judged as for any IMG, a US citizen included.`,
  ].join('\n');
}
