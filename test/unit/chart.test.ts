// Proves the chart: a real PNG of sensible size, drawn offline with the shipped font, showing the applicant's score.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../src/chart/chart-spec.js';
import { CHART_FONT_FILE, renderChart } from '../../src/chart/render-chart.js';
import { fixturePlan } from '../fixtures/plans/index.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the plan chart', () => {
  it('ships its font with a licence beside it', () => {
    expect(existsSync(CHART_FONT_FILE)).toBe(true);
    expect(existsSync(new URL('../../assets/fonts/LICENSE-DejaVu.txt', import.meta.url))).toBe(true);
  });

  it('draws the applicant\'s Step 2 CK against matched and unmatched 2026 figures of each specialty', () => {
    const p = fixturePlan('weak');
    const { spec, data } = chartSpec(p);
    expect(data.scores).toEqual([{ specialty: 'Internal Medicine', score: 218, predicted: false }, { specialty: 'Family Medicine', score: 218, predicted: false }]);
    expect(data.groups).toContainEqual({ specialty: 'Internal Medicine', group: 'matched', q1: 240, median: 251, mean: 249 });
    expect(data.groups).toContainEqual({ specialty: 'Family Medicine', group: 'unmatched', q1: 223, median: 231, mean: 232 });
    expect(spec.svg).toContain('>You: 218</text>');
    expect(spec.panels).toEqual(['scores', 'list']);
    expect(data.sources.join(' ')).toContain('2026');
  });

  it('counts reach, target and safety per band from the plan', () => {
    const p = fixturePlan('strong');
    const { data } = chartSpec(p);
    const total = data.shape.reduce((n, r) => n + r.count, 0);
    expect(total).toBe(p.tiers.reach.length + p.tiers.target.length + p.tiers.safety.length);
    expect(data.shape.find((r) => r.band === 'core LA' && r.tier === 'safety')?.count).toBe(p.tiers.safety.filter((x) => x.band === 'core LA').length);
  });

  it('leaves the score panel out, rather than inventing figures, when the plan has no standing', () => {
    const p = fixturePlan('typical');
    delete p.standing;
    const { spec, data } = chartSpec(p);
    expect(data.scores).toEqual([]);
    expect(spec.panels).toEqual(['list']);
    expect(spec.svg).not.toContain('Step 2 CK score');
  });

  it('renders to a PNG that decodes, at twice the spec size', async () => {
    const image = await renderChart(fixturePlan('typical'));
    const size = ihdr(image.png);
    expect(size).toEqual({ width: image.width, height: image.height });
    expect(size.width).toBeGreaterThan(1000);
    expect(size.height).toBeGreaterThan(500);
    expect(image.png.length).toBeGreaterThan(20_000); // text and bars drawn, not a blank canvas
  }, 20_000);
});
