// Issue 20 item 11: long replies are split for Slack (3,000) and Discord (2,000) without cutting an emoji,
// a surrogate pair or a grapheme in half; both adapters use the one splitter.
import { describe, expect, it } from 'vitest';
import { renderReplies as discordReplies } from '../../adapters/discord/render.js';
import { renderReplies as slackReplies } from '../../adapters/slack/render.js';
import { splitText, truncate } from '../../adapters/common/split-text.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);
/** True when `s` starts with a lone low surrogate or ends with a lone high surrogate. */
const brokenEdge = (s: string) => /^[\uDC00-\uDFFF]/.test(s) || /[\uD800-\uDBFF]$/.test(s);

// families with skin tones (ZWJ sequences), flags (regional-indicator pairs), accents, plain emoji
const UNITS = ['😀', '👩🏽‍⚕️', '🇺🇸', 'é', '👨‍👩‍👧‍👦', 'a', '🏥'];
/** A long text with no spaces at all, so every cut falls on an arbitrary offset. */
const dense = (n: number, shift = 0) => Array.from({ length: n }, (_, i) => UNITS[(i + shift) % UNITS.length]).join('');

describe('one splitter, never inside a character', () => {
  it('splits unspaced emoji text at every offset into whole graphemes that rejoin to the original', () => {
    for (let shift = 0; shift < UNITS.length; shift += 1) {
      const text = dense(900, shift);
      for (const max of [2000, 3000, 97, 16]) {
        const pieces = splitText(text, max);
        expect(pieces.every((p) => p.length <= max && p.length > 0 && !brokenEdge(p))).toBe(true);
        expect(pieces.join('')).toBe(text);
        expect(pieces.flatMap(graphemesOf)).toEqual(graphemesOf(text));
      }
    }
  });

  it('truncates with an ellipsis without leaving half an emoji', () => {
    const text = `${'a'.repeat(9)}😀😀`;
    expect(truncate(text, 11)).toBe(`${'a'.repeat(9)}…`);
    expect(truncate('👩🏽‍⚕️👩🏽‍⚕️', 8)).toBe('👩🏽‍⚕️…');
    expect(brokenEdge(truncate('😀'.repeat(40), 20).slice(0, -1))).toBe(false);
  });

  it('Discord messages of a long emoji reply are each at most 2,000 characters and whole', () => {
    const text = dense(1500);
    const out = discordReplies([{ type: 'text', text }], { typedAnswers: false });
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) {
      expect(m.content!.length).toBeLessThanOrEqual(2000);
      expect(brokenEdge(m.content!)).toBe(false);
    }
    expect(out.map((m) => m.content).join('')).toBe(text);
  });

  it('Slack sections and fallback text of a long emoji reply are within limits and whole', () => {
    const text = dense(2500, 3);
    const out = slackReplies([{ type: 'text', text }]);
    const sections = out.flatMap((m) => m.blocks as { type: string; text?: { text: string } }[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect(s.length).toBeLessThanOrEqual(3000);
      expect(brokenEdge(s)).toBe(false);
    }
    expect(sections.join('')).toBe(text);
    for (const m of out) expect(brokenEdge(m.text.slice(0, -1))).toBe(false);
  });
});
