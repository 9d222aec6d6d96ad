// Public figures on where non-US IMGs match, used to read the national band (each with its source and year).

const STATE_SOURCE = 'NRMP, Results and Data: 2021 Main Residency Match, state tables (nrmp.org) — verify there';

// The states where non-US citizens are a large share of matched IMGs are data: knowledge/plan-figures.json (stateOpenness).

/** California's figure, for the note that says why the national band matters. */
export const CALIFORNIA_NON_US_SHARE = { text: 'about a third of the IMGs who matched in California were non-US citizens', year: 2021, source: STATE_SOURCE } as const;

/** Community vs university internal medicine programs: share of PGY-1 positions filled by IMGs. */
export const IM_COMMUNITY_VS_UNIVERSITY = {
  text: 'in internal medicine, community programs filled 55–70% of PGY-1 positions with IMGs against 22–30% at university programs',
  year: '2020–21',
  source: 'Journal of General Internal Medicine, 2020–21 survey of internal medicine programs — verify in the journal',
} as const;
