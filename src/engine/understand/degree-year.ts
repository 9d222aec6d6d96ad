// The degree's year against the years of other events told beside it: "finished internship in 2018, degree was 2017"
// is 2017; "exams 2019, internship ended 2020, degree issued 2020" is 2020; two years both told as the end of medical
// school ("finished in 2015 but the degree was awarded in 2016") are asked about, never one of them guessed.

// the word nearest before a year says what it dates
const DEGREE_CUE = /^(degree|diploma|graduated|graduation|graduate|grad|mbbs|md|conferred|awarded|issued|convocation|passed out|passout|yog)$/;
const OTHER_CUE = /^(internship|intern|internships|housejob|housemanship|house|exams?|finals|residency|postgrad|pg|fy1|fy2|rotation|rotations|job|worked|work|usmle|step|ck)$/;
// the events of a life that date a year beside the degree's ("had my son in 2022", "moved in 2020", "the war in 2022")
// (and a year the degree was only meant for: "was supposed to be 2022, diploma came in 2023")
const LIFE_EVENT_CUE = /^(son|daughter|baby|child|kid|born|birth|married|wedding|moved|move|relocated|war|covid|pandemic|lockdown|coup|earthquake|floods?|gap|break|arrived|immigrated|supposed|meant|planned|originally|scheduled|classes|coursework|lectures)$/;
// the year of training after school that some countries' degrees wait for (the degree is awarded once it ends)
const INTERNSHIP_CUE = /^(internship|intern|internships|housejob|housemanship|house)$/;
const FINISH_CUE = /^(finished|completed|done|finish|complete)$/;

/** What one year in the message dates: the degree, another event, or the end of school said bare ("finished in 2015"). */
type Dated = 'degree' | 'other' | 'finished' | 'internship';

/** The years told with what each dates, read back to the nearest cue within the same part of the sentence. */
function datedYears(text: string): { year: number; dated: Dated }[] {
  const out: { year: number; dated: Dated }[] = [];
  for (const part of text.split(/[;,.!?\u2014]|\s-\s|\b(?:but|and|then|while)\b/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    words.forEach((w, i) => {
      if (!/^(19|20)\d\d$/.test(w)) return;
      // ("not 2018", "didn't graduate in 2020": the year denied dates nothing)
      if (words.slice(Math.max(0, i - 6), i).some((x) => /^(not|never|didn't|didnt|wasn't|wasnt|couldn't)$/.test(x))) return;
      for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
        const x = words[j]!;
        if (DEGREE_CUE.test(x)) { out.push({ year: Number(w), dated: 'degree' }); return; }
        if (LIFE_EVENT_CUE.test(x)) { out.push({ year: Number(w), dated: 'other' }); return; }
        if (OTHER_CUE.test(x)) { out.push({ year: Number(w), dated: INTERNSHIP_CUE.test(x) || (x === 'job' && words[j - 1] === 'house') ? 'internship' : 'other' }); return; }
        // ("finished exams 2019", "internship finished 2018": a finish of another event is that event's)
        if (FINISH_CUE.test(x) && (OTHER_CUE.test(words[j + 1] ?? '') || OTHER_CUE.test(words[j - 1] ?? ''))) { out.push({ year: Number(w), dated: INTERNSHIP_CUE.test(words[j + 1] ?? '') || INTERNSHIP_CUE.test(words[j - 1] ?? '') ? 'internship' : 'other' }); return; }
        if (FINISH_CUE.test(x)) { out.push({ year: Number(w), dated: 'finished' }); return; }
      }
    });
  }
  return out;
}

/** The graduation year when the message tells the degree's year beside another event's ("internship 2018, degree
 *  2017"); 'ask' when two different years are both told as the end of medical school; undefined when no such pair. */
export function degreeYearBesideOthers(text: string): number | 'ask' | undefined {
  const dated = datedYears(text);
  const degree = dated.filter((d) => d.dated === 'degree');
  const ends = new Set(dated.filter((d) => d.dated !== 'other' && d.dated !== 'internship').map((d) => d.year));
  // ("finished in 2018, internship got over 2019": school's end told bare, with no degree named, before an internship that
  // ended later: the degree may have waited for the internship, so which year is on the diploma is asked)
  const finished = dated.filter((d) => d.dated === 'finished');
  // (not where a degree is named at all: "MBBS completed 2017 (internship finished 2018)")
  if (!degree.length) return finished.length === 1 && !text.split(/[^a-z]+/).some((w) => DEGREE_CUE.test(w)) && dated.some((d) => d.dated === 'internship' && d.year > finished[0]!.year) ? 'ask' : undefined;
  // (only where another year stands beside the degree's: a year told alone is read as before)
  if (new Set(dated.map((d) => d.year)).size < 2) return undefined;
  return ends.size === 1 ? [...ends][0]! : 'ask';
}
