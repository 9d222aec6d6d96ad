// "What should I do this month?" is "what should I do now?" with its time named: the plan's steps, not "I don't know that
// one" or a refusal; a time named before another topic ("tips for this week on my ERAS photo") leaves that topic's question.
import { describe, expect, it } from 'vitest';
import { planTopic } from '../../src/answers/plan-questions.js';

describe('an applicant with a plan asks what to do, naming the time', () => {
  it.each([
    'what should i do this month?',
    'What do I focus on over the holidays',
    'any advice for december?',
    'what should I work on in January then?',
    'any tips for me this month?',
  ])('"%s" asks for the steps', (q) => {
    expect(planTopic(q)).toBe('steps');
  });
  it.each([
    'tips for this week on my ERAS photo',
    'what should i do this month about my letters of recommendation?',
  ])('"%s" asks about something else', (q) => {
    expect(planTopic(q)).not.toBe('steps');
  });
});
