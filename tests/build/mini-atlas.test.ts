/**
 * The mini fixture atlas built end to end by the real build command: pages, CSVs and map values
 * agree with each other and with the publisher's file, statuses survive, text is escaped, and the
 * build is deterministic and atomic.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, editFile, readOutput } from '../helpers/fixture-atlas.ts';

let root: string;
let site: string;

beforeAll(async () => {
  root = await copyFixture('mini');
  site = join(mkdtempSync(join(tmpdir(), 'statlas-mini-site-')), 'dist');
  const result = buildSite(root, site);
  expect(result.status, result.stderr).toBe(0);
});

function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
}

describe('the mini atlas', () => {
  it('has a home, catalogue, indicator, level and area page', () => {
    for (const page of ['index.html', 'catalogue/index.html', 'indicators/population/index.html', 'indicators/population/district/2023/index.html', 'areas/small/index.html', 'areas/small/T001/index.html', 'datasets/people/index.html']) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
  });

  it('reads quoted thousands separators and scientific notation from a BOM, CRLF file', () => {
    const rows = csvRows(readOutput(site, 'indicators/population/small/2023.csv'));
    expect(rows[0]).toEqual(['area_code', 'area_name', 'level', 'indicator', 'period', 'value', 'status']);
    expect(rows.find((r) => r[0] === 'T001')!.slice(5)).toEqual(['1250', '']);
    expect(rows.find((r) => r[0] === 'T005')!.slice(5)).toEqual(['1100', '']);
  });

  it('sums small-area counts into districts', () => {
    const small = csvRows(readOutput(site, 'indicators/population/small/2023.csv')).slice(1);
    const district = csvRows(readOutput(site, 'indicators/population/district/2023.csv')).slice(1);
    const northam = small.filter((r) => ['T001', 'T002', 'T003', 'T004'].includes(r[0]!)).reduce((sum, r) => sum + Number(r[5]), 0);
    expect(district.find((r) => r[0] === 'D01')![5]).toBe(String(northam));
  });

  it('keeps publisher markers and small counts as statuses, never numbers', () => {
    const rows = csvRows(readOutput(site, 'indicators/children-share/small/2022.csv')).slice(1);
    expect(rows.find((r) => r[0] === 'T003')!.slice(5, 7)).toEqual(['', 'x']); // `..` in the file
    expect(rows.find((r) => r[0] === 'T004')!.slice(5, 7)).toEqual(['', 'c']); // 3 children: below the threshold
    expect(rows.find((r) => r[0] === 'T004')![7]).toMatch(/^c: suppressed to protect confidentiality/);
    const html = readOutput(site, 'indicators/children-share/small/2022/index.html');
    expect(html).toContain('Suppressed (small numbers) (1 area)');
    expect(html).toContain('Not available (2 areas)');
  });

  it('reads a long file with a title line and a footnote', () => {
    const values = JSON.parse(readOutput(site, 'indicators/visit-rate/small/2023.json')) as { areas: Record<string, [number | null, string, string, number | null]> };
    expect(values.areas.T001).toEqual([1, 'value', '12.5 per 1,000', 12.5]);
    expect(values.areas.T002![1]).toBe('suppressed');
    expect(values.areas.T007![1]).toBe('nil');
  });

  it('shows the same value in the table, the CSV, the map values and the area page', () => {
    const html = readOutput(site, 'indicators/visit-rate/small/2023/index.html');
    expect(html).toMatch(/T003<\/td><td class="num" data-sort="20.1">20.1 per 1,000<\/td>/);
    expect(csvRows(readOutput(site, 'indicators/visit-rate/small/2023.csv')).find((r) => r[0] === 'T003')![5]).toBe('20.1');
    expect(readOutput(site, 'areas/small/T003/index.html')).toContain('20.1 per 1,000');
    expect(readOutput(site, 'areas/small/T003.csv')).toContain('T003,Northam 003,small,visit-rate,Clinic visit rate,2023,20.1,');
  });

  it('escapes HTML from metadata and sanitises Markdown', () => {
    const html = readOutput(site, 'datasets/people/index.html');
    expect(html).toContain('People &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).toContain('<strong>hand</strong>');
  });

  it('neutralises a formula in an area name in every CSV', () => {
    expect(readOutput(site, 'indicators/population/small/2023.csv')).toContain("T008,'=SUM(1+1) Southby 008,");
    expect(readOutput(site, 'areas/small/T008.csv')).toContain("'=SUM(1+1) Southby 008");
  });

  it('links a CSV from every page that shows data', () => {
    for (const page of ['indicators/population/index.html', 'areas/small/T001/index.html', 'catalogue/index.html']) {
      expect(readOutput(site, page), page).toMatch(/data-download="csv" href="[^"]+\.csv"/);
    }
  });

  it('writes a machine-readable catalogue and a join report', () => {
    const catalogue = JSON.parse(readOutput(site, 'catalogue.json')) as { datasets: { id: string; publisher: string; levels: string[] }[] };
    expect(catalogue.datasets.map((d) => d.id).sort()).toEqual(['clinic-visits', 'people']);
    const report = JSON.parse(readOutput(site, 'build-report.json')) as { joins: { indicator: string; level: string; areasWithoutData: string[] }[] };
    expect(report.joins.every((j) => j.areasWithoutData.length === 0)).toBe(true);
  });

  it('fetches nothing from outside the atlas', () => {
    for (const file of allFiles(site).filter((f) => /\.(html|js|mjs|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const external = text.match(/(?:src|href)=["']?(?:https?:)?\/\/[^"'\s>]+/g) ?? [];
      // Links a reader may follow (publisher sources) are fine; nothing may be loaded from them.
      expect(external.filter((e) => e.startsWith('src')), file).toEqual([]);
      expect(text, file).not.toMatch(/fonts\.googleapis|unpkg\.com|cdn\.jsdelivr|tile\.openstreetmap|api\.maptiler/);
    }
  });

  it('builds the same bytes from the same input', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'statlas-mini-again-')), 'dist');
    expect(buildSite(root, again).status).toBe(0);
    expect(digest(again)).toEqual(digest(site));
  });

  it('leaves the previous site untouched when a build fails', async () => {
    const broken = await copyFixture('mini');
    editFile(broken, 'datasets/people/people.csv', (text) => text.replace('T002,2022,900', 'T002,2022,nine hundred'));
    const out = join(mkdtempSync(join(tmpdir(), 'statlas-mini-atomic-')), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    const result = buildSite(broken, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('datasets/people/people.csv:3: "nine hundred" in column "All people" is not a number');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });
});

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(allFiles(dir).map((f) => [f.slice(dir.length), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}
