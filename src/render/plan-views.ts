// One entry point from a plan and a view to the neutral screen that every front end draws.
import type { PlanView } from '../domain/io.js';
import type { Plan } from '../domain/plan.js';
import { firstScreen } from './first-screen.js';
import { listed, type PlanScreen } from './plan-screen.js';
import { programScreen, programsScreen, whyScreen } from './program-views.js';
import { stepsScreen } from './steps-screen.js';

/** The file names the exports carry on every front end. */
export const PLAN_FILES = { csv: 'match-plan.csv', chart: 'match-plan.png' } as const;

/** The screen for a view; a program the plan no longer holds gets a short screen saying so. */
export function planScreen(plan: Plan, view: PlanView = { kind: 'summary' }): PlanScreen {
  switch (view.kind) {
    case 'summary': return firstScreen(plan, view.whatIf);
    case 'programs': return programsScreen(plan, view);
    case 'steps': return stepsScreen(plan);
    case 'program': return programScreen(plan, view.id) ?? gone();
    case 'why': return whyScreen(plan, view.id) ?? gone();
    case 'csv': {
      const rows = listed(plan).length + plan.excluded.length;
      return { title: 'Your program list as CSV', sections: [{ lines: [{ kind: 'plain', text: `${PLAN_FILES.csv}: one row per program (${rows}), with its tier, band, reasons and what to verify. Open it in any spreadsheet.` }] }] };
    }
    case 'chart': {
      const scored = plan.standing?.some((s) => s.step2ck) ?? false;
      const what = scored
        ? 'your Step 2 CK against matched and unmatched non-US IMGs in each of your specialties, and your list\'s reach / target / safety counts per band.'
        : 'your list\'s reach / target / safety counts per band (this plan carries no score figures to place your Step 2 CK against).';
      return { title: 'Where you stand, as a picture', sections: [{ lines: [{ kind: 'plain', text: `${PLAN_FILES.chart}: ${what}` }] }] };
    }
  }
}

function gone(): PlanScreen {
  return { title: 'That program is not in your plan any more', sections: [{ lines: [{ kind: 'plain', text: 'Your answers or the program table changed since. Type "programs" to see the list as it is now.' }] }] };
}
