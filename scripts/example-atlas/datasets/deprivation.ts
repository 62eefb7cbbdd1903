/**
 * Index of deprivation 2023 (county council): one score and one rank per small area, laid out
 * like the national IMD files, with the year fixed by the metadata rather than a column.
 */
import type { Facts } from '../surfaces.ts';
import { normal, streamFor } from '../random.ts';
import { csvText, fixed } from '../write.ts';
import { COUNCIL, describedBy, type Dataset } from './dataset.ts';

const SCORE = 'Index of Deprivation score';
const RANK = 'Index of Deprivation rank (where 1 is most deprived)';

/** Scores are skewed like the IMD's: most areas 5-30, a tail up to about 70. */
function scores(facts: Facts): number[] {
  const rng = streamFor('deprivation-score');
  return facts.smallAreas.map((a) => Math.exp(2.7 + 0.6 * a.deprivation - 0.04 * a.deprivation ** 2 + 0.05 * normal(rng)));
}

export function deprivationDataset(facts: Facts, districtNames: Map<string, string>): Dataset {
  const score = scores(facts).map((s) => Number(fixed(s, 3)));
  // Rank 1 is the most deprived; ties (rare at 3 decimals) go to the lower code.
  const order = score.map((_, i) => i).sort((p, q) => score[q]! - score[p]! || p - q);
  const rank = new Array<number>(score.length);
  order.forEach((area, position) => (rank[area] = position + 1));
  const header = ['Small area code', 'Small area name', 'District code', 'District name', SCORE, RANK];
  const rows = facts.smallAreas.map(({ area }, i) => [area.code, area.name, area.districtCode, districtNames.get(area.districtCode)!, fixed(score[i]!, 3), rank[i]!]);
  return {
    id: 'deprivation',
    file: 'wyvernshire-index-of-deprivation-2023.csv',
    csv: csvText(header, rows),
    metadata: {
      ...describedBy(COUNCIL, {
        title: 'Index of Deprivation 2023',
        description: 'A combined measure of deprivation for each small area: income, employment, health, education, crime, housing and living environment.',
        slug: 'index-of-deprivation-2023',
        releaseDate: '2023-11-30',
        methodology: `
The Wyvernshire Index of Deprivation follows the method of the English Indices of Deprivation:
seven domain scores are standardised, exponentially transformed and combined with weights
(income 22.5%, employment 22.5%, education 13.5%, health 13.5%, crime 9.3%, barriers to housing
and services 9.3%, living environment 9.3%).

Scores cannot be added up or averaged to larger areas, and ranks only compare small areas
within the county. The index is not updated every year.`,
      }),
      file: 'wyvernshire-index-of-deprivation-2023.csv',
      format: 'wide',
      area: { column: 'Small area code', level: 'smallarea' },
      period: { value: '2023' },
      indicators: [
        {
          id: 'deprivation-score',
          column: SCORE,
          title: 'Deprivation score',
          description: 'Index of Deprivation score: higher means more deprived.',
          measure: 'score',
          polarity: 'higher-is-worse',
          decimals: 1,
          classification: { method: 'quantiles', classes: 5 },
        },
        {
          id: 'deprivation-rank',
          column: RANK,
          title: 'Deprivation rank',
          description: 'Rank among the county\'s small areas, where 1 is the most deprived.',
          measure: 'rank',
          polarity: 'higher-is-better',
          decimals: 0,
          classification: { method: 'equal-intervals', classes: 5 },
        },
      ],
    },
  };
}
