/**
 * Domestic abuse incidents (police): small areas, three years. Published on public pages by ward
 * and district only; the small areas, repeat victims, the cost of the response and the extract
 * reference of each row are for registered partners (`protected_levels`, `access: protected` on
 * an indicator, and columns no indicator names). The extract references and costs are written so
 * that no other file of the atlas can contain them by chance: tests/gateway looks for every one
 * of them in the full tables and for none of them in the public site.
 */
import type { Facts } from '../surfaces.ts';
import { YEARS } from '../surfaces.ts';
import { poisson, streamFor, type Rng } from '../random.ts';
import { csvText, fixed, type Cell } from '../write.ts';
import { POLICE, describedBy, type Dataset } from './dataset.ts';

/** Incidents per 1,000 residents a year in an average area. */
const BASE_RATE = 0.011;

/** A reference like `DAX-7Q4KZ2M9`: the police system's extract id for the row (fictional). */
export function extractReference(rng: Rng, prefix: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `${prefix}-${Array.from({ length: 8 }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('')}`;
}

export function domesticAbuseDataset(facts: Facts): Dataset {
  const rng = streamFor('domestic-abuse');
  const file = 'domestic-abuse-small-areas-2021-2023.csv';
  const rows: Cell[][] = [];
  for (const year of YEARS) {
    for (const a of facts.smallAreas) {
      const people = a.people.get(year)!.all;
      const incidents = poisson(rng, people * BASE_RATE * Math.exp(0.5 * a.deprivation + 0.2 * a.quirk));
      const repeat = Math.min(incidents, poisson(rng, incidents * 0.3));
      // Pounds and pence, at least 10,000.00: eight or more characters no other file has.
      const cost = 10_000 + incidents * 1_650 + Math.floor(rng() * 90_000) / 100 + Math.floor(rng() * 1000);
      rows.push([a.area.code, a.area.name, year, incidents, repeat, fixed(cost, 2), extractReference(rng, 'DAX')]);
    }
  }
  return {
    id: 'domestic-abuse',
    file,
    csv: csvText(['SA code', 'SA name', 'Year', 'Domestic abuse incidents', 'Repeat victims', 'Estimated cost of response (GBP)', 'Extract reference'], rows),
    metadata: {
      ...describedBy(POLICE, {
        title: 'Domestic abuse incidents',
        description: 'Domestic abuse incidents recorded by the police, by the ward where they happened; small areas for registered partners.',
        slug: 'domestic-abuse',
        releaseDate: '2024-04-11',
        nextUpdate: '2025-04-10',
        methodology: `
Incidents of domestic abuse recorded by the police in the calendar year, placed in the small area
where they happened, and summed by statlas into wards and districts.

- Public pages show wards and districts only; the small areas, the number of repeat victims and
  the estimated cost of the response are in the full tables for registered partners.
- Counts under 5, and any figure that would let one be worked out, are suppressed on public pages.`,
      }),
      protected_levels: ['smallarea'],
      file,
      format: 'wide',
      area: { column: 'SA code', level: 'smallarea' },
      period: { column: 'Year' },
      indicators: [
        {
          id: 'domestic-abuse-incidents',
          column: 'Domestic abuse incidents',
          title: 'Domestic abuse incidents',
          description: 'Domestic abuse incidents recorded by the police in the year.',
          measure: 'count',
          unit: 'incidents',
          polarity: 'higher-is-worse',
          decimals: 0,
          classification: { method: 'quantiles', classes: 5 },
        },
        {
          id: 'domestic-abuse-repeat-victims',
          column: 'Repeat victims',
          title: 'Repeat victims of domestic abuse',
          description: 'Victims recorded more than once in the year.',
          measure: 'count',
          unit: 'people',
          polarity: 'higher-is-worse',
          decimals: 0,
          access: 'protected',
          classification: { method: 'quantiles', classes: 5 },
        },
      ],
    },
  };
}
