/**
 * Population estimates (county council): small areas, three mid-years, broad age bands. Released
 * the way a spreadsheet exports it: UTF-8 with a byte-order mark and "1,234" in quotes.
 */
import type { Facts } from '../surfaces.ts';
import { YEARS } from '../surfaces.ts';
import { csvText, withThousands, type Cell } from '../write.ts';
import { COUNCIL, describedBy, type Dataset } from './dataset.ts';

export function populationDataset(facts: Facts): Dataset {
  const header = ['Area code', 'Area name', 'Mid-year', 'All ages', 'Aged 0 to 15', 'Aged 16 to 64', 'Aged 65 and over'];
  const rows: Cell[][] = [];
  for (const year of YEARS) {
    for (const { area, people } of facts.smallAreas) {
      const p = people.get(year)!;
      rows.push([area.code, area.name, year, ...[p.all, p.aged0to15, p.aged16to64, p.aged65plus].map(withThousands)]);
    }
  }
  return {
    id: 'population',
    file: 'small-area-population-estimates-2021-2023.csv',
    csv: csvText(header, rows, { bom: true }),
    metadata: {
      ...describedBy(COUNCIL, {
        title: 'Population estimates',
        description: 'Mid-year resident population of each small area, in broad age groups.',
        slug: 'population-estimates',
        releaseDate: '2024-07-16',
        nextUpdate: '2025-07-15',
        methodology: `
Mid-year estimates (30 June) of usual residents, rolled forward from the census by the council's
Research and Intelligence Team using GP registrations, births, deaths and migration.

- Small-area figures are rounded to whole people; the age groups add up to **All ages**.
- Estimates for earlier years are not revised when a new year is added.`,
      }),
      file: 'small-area-population-estimates-2021-2023.csv',
      format: 'wide',
      area: { column: 'Area code', level: 'smallarea' },
      period: { column: 'Mid-year' },
      indicators: [
        {
          id: 'population',
          column: 'All ages',
          title: 'Resident population',
          description: 'Usual residents of all ages, mid-year estimate.',
          measure: 'count',
          unit: 'people',
          polarity: 'neither',
          decimals: 0,
          classification: { method: 'quantiles', classes: 5 },
        },
        {
          id: 'aged-65-and-over',
          title: 'Residents aged 65 and over',
          description: 'Share of usual residents aged 65 and over.',
          measure: 'percentage',
          polarity: 'neither',
          decimals: 1,
          numerator: 'Aged 65 and over',
          denominator: 'All ages',
          classification: { method: 'natural-breaks', classes: 5 },
        },
      ],
    },
  };
}
