// The App Home tab: the person's saved profile and latest plan, within the 100-block limit of a view.
import type { types } from '@slack/bolt';
import type { Plan } from '../../src/domain/plan.js';
import { HOME_START } from './action-ids.js';
import { button, context, divider, header, LIMITS, mrkdwnSection, packEntries, paginate, textChars, type Block } from './blocks.js';
import { planBlocks, planDownloadBlock } from './render-plan.js';
import { escapeMrkdwn as esc } from './slack-text.js';

/** What the Home tab shows: profile lines ("Label: value"), and the latest plan with its download key if any. */
export interface HomeContent { profileLines: string[]; plan?: Plan; planKey?: string }

/** The Home tab view for views.publish; only the person it is published for can see it. */
export function renderHome(content: HomeContent): types.HomeView {
  const started = content.profileLines.length > 0;
  const intro = mrkdwnSection(
    'I help international medical graduates plan a US residency application, with Los Angeles and Southern California as home ground. ' +
      'The interview runs in the *Messages* tab: answer one question at a time, in your own words or with the buttons.',
  );
  intro.accessory = button(HOME_START, started ? 'Continue the interview' : 'Start the interview', 'start', 'primary');
  const blocks: Block[] = [header('Match Advisor'), intro, divider(), mrkdwnSection('*Your profile*')];
  if (started) for (const text of packEntries(content.profileLines.map((l) => `• ${esc(l)}`))) blocks.push(mrkdwnSection(text));
  else blocks.push(mrkdwnSection('_Nothing saved yet._'));
  const footer = context('Only you can see this tab. `/residency profile` shows what I keep; `/residency forget` deletes all of it.');
  blocks.push(divider());
  if (content.plan) {
    const used = blocks.reduce((n, b) => n + textChars(b), 0);
    const pages = paginate(planBlocks(content.plan), LIMITS.homeBlocks - blocks.length - 3, LIMITS.homeChars - used);
    blocks.push(...pages[0]!);
    if (pages.length > 1) blocks.push(context('The plan is shortened here: download the CSV, or type `plan` in the Messages tab, to see all of it.'));
    if (content.planKey) blocks.push(planDownloadBlock(content.planKey));
  } else {
    blocks.push(mrkdwnSection(started ? '_Your plan appears here once the interview is complete (or type `plan` in Messages)._' : '_Your plan appears here once the interview is complete._'));
  }
  blocks.push(footer);
  return { type: 'home', blocks };
}
