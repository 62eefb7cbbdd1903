/**
 * Change over time and benchmarks on the mini fixture atlas, built by the real build command:
 * change pages with their CSV and map values, trend charts as static SVG, the whole-atlas
 * benchmark with its disclosure control, and area profiles as spine charts whose CSV carries
 * the same comparisons.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, readOutput } from '../helpers/fixture-atlas.ts';

let site: string;

beforeAll(async () => {
  const root = await copyFixture('mini');
  site = join(mkdtempSync(join(tmpdir(), 'statlas-mini-time-')), 'dist');
  const result = buildSite(root, site);
  expect(result.status, result.stderr).toBe(0);
});

function csv(path: string): Record<string, string>[] {
  const text = readOutput(site, path);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = text.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('change between periods', () => {
  it('has a page, CSV and values file for each pair of periods, and none for a single period', () => {
    for (const file of ['index.html', '../2022-to-2023.csv', '../2022-to-2023.json']) {
      expect(existsSync(join(site, 'indicators/population/small/change/2022-to-2023', file))).toBe(true);
    }
    expect(existsSync(join(site, 'indicators/visit-rate/small/change'))).toBe(false);
  });

  it('writes one CSV row per area with both values, the difference and its significance', () => {
    const rows = csv('indicators/population/small/change/2022-to-2023.csv');
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.area_code === 'T001')).toMatchObject({ from_value: '1200', to_value: '1250', difference: '50', significance: 'no-significant-change', status: '' });
    expect(Number(rows.find((r) => r.area_code === 'T001')!.difference_lower_95)).toBeLessThan(0);
  });

  it('keeps statuses: suppressed in either period wins, then the missing one', () => {
    const rows = csv('indicators/children-share/small/change/2022-to-2023.csv');
    expect(rows.find((r) => r.area_code === 'T004')).toMatchObject({ from_status: 'c', to_status: 'c', difference: '', status: 'c' });
    expect(rows.find((r) => r.area_code === 'T003')).toMatchObject({ from_status: 'x', to_value: expect.stringMatching(/^27\.6$/), difference: '', status: 'x' });
  });

  it('gives the shared choropleth a diverging values file in its usual format, and the page a table of the same rows', () => {
    const values = JSON.parse(readOutput(site, 'indicators/population/small/change/2022-to-2023.json')) as { colours: string[]; areas: Record<string, [number | null, string, string, number | null]> };
    expect(values.colours.length).toBeGreaterThanOrEqual(3);
    expect(values.areas.T001![1]).toBe('value');
    expect(values.areas.T001![2]).toContain('change +50 people');
    expect(values.areas.T001![3]).toBe(50);
    const html = readOutput(site, 'indicators/population/small/change/2022-to-2023/index.html');
    expect(html).toContain('data-values="/indicators/population/small/change/2022-to-2023.json"');
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(8);
    expect(html).toMatch(/Significance\.<\/strong> A change is called significant/);
  });
});

describe('trends', () => {
  it('draws the whole atlas on the indicator page as static SVG with a title, description and table', () => {
    const html = readOutput(site, 'indicators/population/small/2023/index.html');
    expect(html).toMatch(/<svg[^>]*data-chart="trend"/);
    expect(html).toMatch(/<title id="trend-main-title">Resident population: Whole atlas, 2022 to 2023<\/title>/);
    expect(html).toContain('Whole atlas: resident population was 8,070 people in 2023, higher than the 7,850 people of 2022.');
    expect(html).toContain('href="/indicators/population/small/change/2022-to-2023/"');
    expect(readOutput(site, 'indicators/visit-rate/small/2023/index.html')).not.toContain('Over time');
  });

  it("draws each area's trends on its profile", () => {
    const html = readOutput(site, 'areas/small/T001/index.html');
    expect(html.match(/data-chart="trend"/g)).toHaveLength(2);
    expect(html).toContain('Shaded: 95% confidence interval');
  });
});

describe('benchmarks and spine charts', () => {
  it('compares each value with its parent and the whole atlas, in the page and its CSV alike', () => {
    const rows = csv('areas/small/T001.csv');
    const share = rows.find((r) => r.indicator === 'children-share')!;
    // 310 of 1,250 is 24.8%; Northam is 934 of 4,470 (20.9%), a significant difference at 99.8%.
    expect(share).toMatchObject({ value: '24.8', lower_95: '22.5', upper_95: '27.3', parent_code: 'D01', parent_value: '20.9', compared_with_parent: 'Higher (99.8%)' });
    // The whole atlas is withheld: it would reveal T004's suppressed count by subtraction.
    expect(share).toMatchObject({ atlas_value: '', compared_with_atlas: 'Not compared' });
    const population = rows.find((r) => r.indicator === 'population')!;
    expect(population).toMatchObject({ atlas_value: '8070', compared_with_parent: 'Not compared', compared_with_atlas: 'Not compared' });
    const html = readOutput(site, 'areas/small/T001/index.html');
    expect(html).toContain('Higher (99.8%)');
    expect(html).toMatch(/<span class="cmp-symbol"[^>]*>▲<\/span>/);
  });

  it('draws a spine chart for every indicator, described in words', () => {
    const html = readOutput(site, 'areas/small/T001/index.html');
    const spines = html.match(/<svg class="spine[^"]*"[^>]*role="img"[^>]*aria-label="[^"]+"/g) ?? [];
    expect(spines).toHaveLength(csv('areas/small/T001.csv').length);
    expect(html).toContain('aria-label="Children as a share of residents: Northam 001 24.8%');
  });
});
