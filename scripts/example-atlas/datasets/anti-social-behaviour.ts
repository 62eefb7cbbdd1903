/**
 * Anti-social behaviour (police): incidents by ward and a rate per 1,000 residents, with two
 * footnote lines under the table, as police performance spreadsheets are often exported.
 */
import type { Facts } from '../surfaces.ts';
import { YEARS, wardPeople } from '../surfaces.ts';
import { normal, poisson, streamFor } from '../random.ts';
import { csvText, fixed, type Cell } from '../write.ts';
import { POLICE, describedBy, type Dataset } from './dataset.ts';

const RATE = 'Rate per 1,000 residents';
/** Incidents per resident-year; 2021 was swollen by reports of lockdown breaches. */
const BASE_RATE = 0.021;
const TREND: Record<number, number> = { 2021: 1.12, 2022: 1.0, 2023: 0.96 };

export function antiSocialBehaviourDataset(facts: Facts): Dataset {
  const rng = streamFor('anti-social-behaviour');
  const rows: Cell[][] = [];
  for (const w of facts.wards) {
    // Town centres (night-time economy) and deprived estates see the most incidents.
    const risk = BASE_RATE * Math.exp(0.35 * w.deprivation + 1.1 * w.core + 0.15 * normal(rng));
    for (const year of YEARS) {
      const residents = wardPeople(w, year, 'all');
      const incidents = poisson(rng, residents * risk * TREND[year]!);
      rows.push([w.ward.code, w.ward.name, year, incidents, residents, fixed((1000 * incidents) / residents, 1)]);
    }
  }
  return {
    id: 'anti-social-behaviour',
    file: 'asb-incidents-by-ward-2021-2023.csv',
    csv: csvText(['Ward code', 'Ward name', 'Calendar year', 'ASB incidents', 'Residents', RATE], rows, {
      footnotes: [
        'Source: Wyvernshire Constabulary incident recording system, extracted 2024-01-15 (fictional data).',
        'Residents: Wyvernshire County Council mid-year population estimates.',
      ],
    }),
    metadata: {
      ...describedBy(POLICE, {
        title: 'Anti-social behaviour incidents',
        description: 'Anti-social behaviour incidents recorded by the police, by ward, with a rate per 1,000 residents.',
        slug: 'anti-social-behaviour',
        releaseDate: '2024-02-01',
        nextUpdate: '2025-02-03',
        methodology: `
Incidents of anti-social behaviour (personal, nuisance and environmental) reported to the police
in the calendar year, placed in the ward where they happened. Incidents are not crimes and one
incident may be reported more than once.

The rate divides incidents by the ward's mid-year resident population; town centres, which draw
many visitors, have high rates for that reason. 2021 includes reports of breaches of coronavirus
restrictions.`,
      }),
      file: 'asb-incidents-by-ward-2021-2023.csv',
      footer_lines: 2,
      format: 'wide',
      area: { column: 'Ward code' },
      period: { column: 'Calendar year' },
      indicators: [
        {
          id: 'anti-social-behaviour',
          column: RATE,
          title: 'Anti-social behaviour incident rate',
          description: 'Anti-social behaviour incidents per 1,000 residents.',
          measure: 'rate',
          per: 1000,
          polarity: 'higher-is-worse',
          decimals: 1,
          numerator: 'ASB incidents',
          denominator: 'Residents',
          classification: { method: 'quantiles', classes: 5 },
        },
      ],
    },
  };
}
