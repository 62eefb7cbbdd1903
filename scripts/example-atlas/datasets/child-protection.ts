/**
 * Child protection plans (county council): small areas, three years, for registered partners
 * only (`access: protected`): the public site lists the dataset in its catalogue and shows none of
 * its figures. Each row carries an extract reference no other file can contain, which
 * tests/gateway looks for.
 */
import type { Facts } from '../surfaces.ts';
import { YEARS } from '../surfaces.ts';
import { poisson, streamFor } from '../random.ts';
import { csvText, type Cell } from '../write.ts';
import { COUNCIL, describedBy, type Dataset } from './dataset.ts';
import { extractReference } from './domestic-abuse.ts';

export function childProtectionDataset(facts: Facts): Dataset {
  const rng = streamFor('child-protection');
  const file = 'child-protection-plans-small-areas.csv';
  const rows: Cell[][] = [];
  for (const year of YEARS) {
    for (const a of facts.smallAreas) {
      const children = a.people.get(year)!.children0to17;
      const plans = poisson(rng, children * 0.004 * Math.exp(0.6 * a.deprivation));
      rows.push([a.area.code, year, children, plans, extractReference(rng, 'CPX')]);
    }
  }
  return {
    id: 'child-protection',
    file,
    csv: csvText(['Small area', 'Year', 'Children aged 0-17', 'Children on a plan', 'Extract reference'], rows),
    metadata: {
      ...describedBy(COUNCIL, {
        title: 'Child protection plans',
        description: 'Children subject to a child protection plan at 31 March, by the small area where they live. Registered partners only.',
        slug: 'child-protection-plans',
        releaseDate: '2024-06-27',
        methodology: `
Children subject to a child protection plan on 31 March, by home address, from the council's
case management system. Shared with registered partners only, under the partnership's
information-sharing agreement: the counts are too small to publish.`,
      }),
      access: 'protected',
      file,
      format: 'wide',
      area: { column: 'Small area', level: 'smallarea' },
      period: { column: 'Year' },
      indicators: [
        {
          id: 'child-protection-plans',
          column: 'Children on a plan',
          title: 'Children on a child protection plan',
          measure: 'count',
          unit: 'children',
          polarity: 'higher-is-worse',
          decimals: 0,
          denominator: 'Children aged 0-17',
        },
        {
          id: 'child-protection-rate',
          title: 'Child protection plan rate',
          description: 'Children on a plan per 10,000 children aged 0 to 17.',
          measure: 'rate',
          per: 10000,
          polarity: 'higher-is-worse',
          decimals: 1,
          numerator: 'Children on a plan',
          denominator: 'Children aged 0-17',
        },
      ],
    },
  };
}
