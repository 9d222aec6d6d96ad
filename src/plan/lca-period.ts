// The period and source of the resident H-1B filings (US DOL LCA data) the plan cites, in one place.

/** H-1B LCA evidence period, as the plan states it. */
export const LCA_PERIOD = 'FY2025 H1 (Oct 2024 – Mar 2025)';
/** The last day of that filing period: the filings say nothing about petitions after it. */
export const LCA_PERIOD_ENDS = '2025-03-31';
/** Where the filings come from, as the plan states it. */
export const LCA_SOURCE = 'US DOL OFLC LCA disclosure data FY2025 Q2, resident and fellow physician titles (dol.gov, OFLC performance data); employer matched to the program by name — verify';
