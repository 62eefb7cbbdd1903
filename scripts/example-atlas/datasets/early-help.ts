/**
 * Early help cases (voluntary sector partnership): small areas, three years. The publisher has
 * already hidden counts of 1 and 2 as `*`, and one ward's 2021 figures are `..` (not available).
 */
import type { Facts } from '../surfaces.ts';
import { YEARS } from '../surfaces.ts';
import { pick, poisson, streamFor } from '../random.ts';
import { csvText, type Cell } from '../write.ts';
import { VOLUNTARY, describedBy, type Dataset } from './dataset.ts';

/** Share of children with a plan in an average area (levelling off in the most deprived), and demand rising year on year. */
const BASE_RATE = 0.065;
const TREND: Record<number, number> = { 2021: 0.95, 2022: 1.0, 2023: 1.06 };

export function earlyHelpDataset(facts: Facts): Dataset {
  const rng = streamFor('early-help');
  const missingWard = pick(rng, facts.wards).ward;
  const rows: Cell[][] = [];
  for (const year of YEARS) {
    for (const a of facts.smallAreas) {
      const children = a.people.get(year)!.children0to17;
      const cases = poisson(rng, children * BASE_RATE * Math.exp(0.45 * a.deprivation - 0.07 * a.deprivation ** 2 + 0.3 * a.quirk) * TREND[year]!);
      let cell: Cell = cases;
      if (cases === 1 || cases === 2) cell = '*';
      if (year === 2021 && a.area.wardCode === missingWard.code) cell = '..';
      rows.push([a.area.code, a.area.name, year, children, cell]);
    }
  }
  return {
    id: 'early-help',
    file: 'early-help-cases-small-areas.csv',
    csv: csvText(['SA code', 'SA name', 'Year', 'Children aged 0-17', 'Early help cases'], rows),
    metadata: {
      ...describedBy(VOLUNTARY, {
        title: 'Early help cases',
        description: 'Children supported by an early help plan during the year, by the small area where they live.',
        slug: 'early-help-cases',
        releaseDate: '2024-05-20',
        nextUpdate: '2025-05-19',
        methodology: `
Children and young people aged 0 to 17 with an early help plan open at any time in the calendar
year, counted once per year however many plans they had, by home address.
**Children aged 0-17** is the council's mid-year estimate for the same year.

- Counts of 1 and 2 are shown as \`*\` to protect the families concerned.
- 2021 figures for ${missingWard.name} ward are \`..\` (not available): those cases were held on a
  partner's system that could not be extracted.`,
      }),
      file: 'early-help-cases-small-areas.csv',
      format: 'wide',
      area: { column: 'SA code', level: 'smallarea' },
      period: { column: 'Year' },
      indicators: [
        {
          id: 'early-help-cases',
          column: 'Early help cases',
          title: 'Children with an early help plan',
          description: 'Children aged 0 to 17 with an early help plan open during the year.',
          measure: 'count',
          unit: 'children',
          polarity: 'higher-is-worse',
          decimals: 0,
          denominator: 'Children aged 0-17',
          classification: { method: 'natural-breaks', classes: 5 },
        },
      ],
    },
  };
}
