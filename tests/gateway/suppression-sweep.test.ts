/**
 * Disclosure control, checked on what the built example atlas actually publishes:
 *
 *   - sweep: every count in every public CSV, map-values JSON, indicator table and area profile
 *     is at least the threshold, and every published rate or percentage rests on a numerator and
 *     denominator of at least the threshold (the true parts come from the full tables);
 *   - differencing: for every public table with a total (each parent and its children across
 *     the published levels, and the whole atlas over the top level), an attacker who knows every
 *     published figure (and, for rates, the numerator and denominator behind every published
 *     rate) subtracts repeatedly; no suppressed cell comes out, and what subtraction leaves
 *     (the hidden children's total) is never below the threshold.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { periodKey } from '../../src/pipeline/emit/period-key.ts';
import type { Indicator, Level, Observation, TableIndicator } from '../../src/pipeline/types.ts';
import { differencingAttack, type Table } from '../helpers/differencing-attack.ts';
import { siteFiles } from '../helpers/built-site.ts';

const { site } = inject('gateway');
const REPO = resolve(new URL('../..', import.meta.url).pathname);
const atlas = runPipeline(REPO);
const files = siteFiles(site);
const WHOLE = '(whole atlas)';

const thresholdOf = (indicator: Indicator) => atlas.datasets.find((d) => d.id === indicator.datasetId)!.disclosureThreshold;
const truth = (indicator: Indicator): TableIndicator => atlas.tables!.datasets.flatMap((t) => t.indicators).find((i) => i.id === indicator.id)!;
const trueCell = (indicator: Indicator, level: string, code: string, period: string): Observation | undefined =>
  truth(indicator).levels.find((d) => d.level === level)?.observations.find((o) => o.code === code && o.period === period);

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(`${site}/${path}`, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
}

/** A published figure that must not be small: a count itself, or the parts behind a rate. */
function smallFigure(indicator: Indicator, level: string, code: string, period: string, published: number): string | null {
  const threshold = thresholdOf(indicator);
  if (indicator.measure === 'count' && published < threshold) return `count ${published}`;
  if (indicator.measure === 'percentage' || indicator.measure === 'rate' || indicator.measure === 'mean') {
    const cell = trueCell(indicator, level, code, period);
    if (cell?.numerator != null && cell.numerator < threshold) return `numerator ${cell.numerator}`;
    if (cell?.denominator != null && cell.denominator < threshold) return `denominator ${cell.denominator}`;
  }
  return null;
}

describe('suppression sweep of the public output', () => {
  it('finds no small count, and no rate on a small numerator or denominator, in any indicator CSV, map values file or indicator table', () => {
    const problems: string[] = [];
    let cells = 0;
    for (const indicator of atlas.indicators) {
      for (const data of indicator.levels) {
        for (const period of data.periods) {
          const base = `indicators/${indicator.id}/${data.level}/${periodKey(period)}`;
          for (const row of readCsv(`${base}.csv`)) {
            if (row.status !== '' || row.value === '') continue;
            cells++;
            const small = smallFigure(indicator, data.level, row.area_code!, period, Number(row.value));
            if (small) problems.push(`${base}.csv ${row.area_code}: ${small}`);
          }
          const values = JSON.parse(readFileSync(`${site}/${base}.json`, 'utf8')) as { areas: Record<string, [number | null, string, string, ...unknown[]]> };
          for (const [code, [, status, display]] of Object.entries(values.areas)) {
            if (status !== 'value') continue;
            const small = smallFigure(indicator, data.level, code, period, Number(display.replace(/[^0-9.-]/g, '')));
            if (small) problems.push(`${base}.json ${code}: ${small}`);
          }
          const html = readFileSync(`${site}/${base}/index.html`, 'utf8');
          for (const m of html.matchAll(/href="\/areas\/[^/]+\/([^/"]+)\/">[^<]*<\/a><\/th><td>\1<\/td><td class="num" data-sort="([^"]+)"/g)) {
            const small = smallFigure(indicator, data.level, m[1]!, period, Number(m[2]));
            if (small) problems.push(`${base}/index.html ${m[1]}: ${small}`);
          }
        }
      }
    }
    expect(cells).toBeGreaterThan(5_000);
    expect(problems).toEqual([]);
  });

  it('finds no small count in any area profile, its parent column or the whole-atlas column', () => {
    const problems: string[] = [];
    const profiles = files.filter((f) => /^areas\/[^/]+\/[^/]+\.csv$/.test(f.path));
    expect(profiles.length).toBeGreaterThan(400);
    for (const file of profiles) {
      const level = file.path.split('/')[1]!;
      for (const row of parse(file.bytes.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[]) {
        const indicator = atlas.indicators.find((i) => i.id === row.indicator)!;
        if (row.status === '' && row.value !== '') {
          const small = smallFigure(indicator, level, row.area_code!, row.period!, Number(row.value));
          if (small) problems.push(`${file.path} ${row.indicator}: ${small}`);
        }
        for (const column of ['parent_value', 'atlas_value']) {
          if (indicator.measure === 'count' && row[column] !== undefined && row[column] !== '' && Number(row[column]) < thresholdOf(indicator)) problems.push(`${file.path} ${row.indicator} ${column}: ${row[column]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Each public level's areas under their parent at the next public level up, the whole atlas over
 * the top, and each area of a level built from building blocks (custom localities) over its blocks
 * or, when the blocks are not published, their published descendants.
 */
function tablesOf(levels: Level[], published: string[]): Table[] {
  const parentOf = new Map(levels.flatMap((l) => l.areas.map((a) => [a.code, a.parentCode] as const)));
  const tables = new Map<string, string[]>();
  const shown = levels.filter((l) => published.includes(l.id));
  shown.forEach((level, i) => {
    const upper = shown.slice(0, i).reverse().find(() => true);
    for (const area of level.areas) {
      let parent: string | null | undefined = area.code;
      if (upper) {
        while (parent && !upper.areas.some((a) => a.code === parent)) parent = parentOf.get(parent);
      } else parent = WHOLE;
      if (!parent) parent = WHOLE;
      tables.set(parent, [...(tables.get(parent) ?? []), area.code]);
    }
  });
  const list = [...tables].map(([parent, children]) => ({ parent, children }));
  for (const level of shown) {
    const blocks = level.buildingBlocks;
    if (!blocks) continue;
    const blockCodes = new Set(levels.find((l) => l.id === blocks.level)!.areas.map((a) => a.code));
    const finest = shown.filter((l) => l.id === blocks.level || l.areas.some((a) => { let p: string | null | undefined = a.code; while (p && !blockCodes.has(p)) p = parentOf.get(p); return !!p; })).at(0);
    if (!finest) continue;
    const under = new Map<string, string[]>();
    for (const area of finest.areas) {
      let block: string | null | undefined = area.code;
      while (block && !blockCodes.has(block)) block = parentOf.get(block);
      if (block) under.set(block, [...(under.get(block) ?? []), area.code]);
    }
    for (const [parent, members] of Object.entries(blocks.members)) list.push({ parent, children: members.flatMap((m) => under.get(m) ?? []) });
  }
  return list;
}

describe('differencing attack on every public table', () => {
  const suppressed = { cells: 0, tables: 0, recovered: [] as string[], small: [] as string[] };

  it('recovers no suppressed cell, and finds no hidden total below the threshold', () => {
    for (const indicator of atlas.indicators) {
      const parts: ('value' | 'numerator' | 'denominator')[] =
        indicator.measure === 'count' ? ['value'] : indicator.measure === 'percentage' || indicator.measure === 'rate' ? (['numerator', 'denominator'] as const).filter((p) => (p === 'numerator' ? indicator.hasNumerator : indicator.hasDenominator)) : [];
      if (parts.length === 0) continue;
      const published = indicator.levels.map((d) => d.level);
      const tables = tablesOf(atlas.levels, published);
      const periods = [...new Set(indicator.levels.flatMap((d) => d.periods))];
      for (const period of periods) {
        for (const part of parts) {
          const known = new Map<string, number | null>();
          const status = new Map<string, string>();
          let total = 0;
          let totalKnown = true;
          for (const data of indicator.levels) {
            const rows = readCsv(`indicators/${indicator.id}/${data.level}/${periodKey(period)}.csv`).filter((r) => r.status !== 'no-data');
            for (const row of rows) {
              status.set(row.area_code!, row.status!);
              const cell = trueCell(indicator, data.level, row.area_code!, period);
              // What the attacker knows: the published count, or the true part behind a published rate.
              const value = row.status === '' ? (part === 'value' ? Number(row.value) : (cell?.[part] ?? null)) : null;
              known.set(row.area_code!, value);
              if (data.level === published[0]) {
                const t = cell?.status === 'value' ? (part === 'value' ? cell.value : cell[part]) : null;
                if (t == null) totalKnown = false;
                else total += t;
              }
            }
          }
          // The whole-atlas total is assumed published whenever it is not small itself.
          known.set(WHOLE, totalKnown && total >= thresholdOf(indicator) ? total : null);
          suppressed.cells += [...status.values()].filter((s) => s === 'c').length;
          suppressed.tables += tables.length;
          const { recovered, pinned, smallestHiddenTotal } = differencingAttack(tables, known);
          for (const [code, value] of recovered) if (status.get(code) === 'c') suppressed.recovered.push(`${indicator.id} ${period} ${part} ${code} = ${value}`);
          for (const code of pinned) if (status.get(code) === 'c') suppressed.recovered.push(`${indicator.id} ${period} ${part} ${code} (pinned by a combination of tables)`);
          if (smallestHiddenTotal < thresholdOf(indicator)) suppressed.small.push(`${indicator.id} ${period} ${part}: hidden total ${smallestHiddenTotal}`);
        }
      }
    }
    const report = JSON.parse(readFileSync(`${site}/build-report.json`, 'utf8')) as { suppression: { primary: number; secondary: number } };
    console.log(`differencing: ${suppressed.tables} tables tried across indicators, periods and parts; public cells suppressed: ${report.suppression.primary} primary, ${report.suppression.secondary} secondary`);
    expect(report.suppression.primary).toBeGreaterThan(0);
    expect(report.suppression.secondary).toBeGreaterThan(0);
    expect(suppressed.recovered).toEqual([]);
    expect(suppressed.small).toEqual([]);
  });
});
