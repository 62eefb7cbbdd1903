/**
 * Key Stage 4 attainment (schools data service): pupils by where they live, three years, in the
 * snake_case, CRLF style of education statistics. Small cohorts give some small counts.
 */
import type { Facts } from '../surfaces.ts';
import { YEARS } from '../surfaces.ts';
import { binomial, logistic, normal, streamFor } from '../random.ts';
import { csvText, fixed, type Cell } from '../write.ts';
import { SCHOOLS, describedBy, type Dataset } from './dataset.ts';

/** County-wide level each year: 2021 grades were teacher-assessed, then grading tightened. */
const GRADE4_LOGIT: Record<number, number> = { 2021: 0.95, 2022: 0.8, 2023: 0.6 };
const ATTAINMENT8_MEAN: Record<number, number> = { 2021: 50.6, 2022: 48.8, 2023: 46.2 };

export function schoolAttainmentDataset(facts: Facts): Dataset {
  const rng = streamFor('school-attainment');
  const header = ['time_period', 'area_code', 'area_name', 'pupils', 'pupils_eng_maths_grade4', 'pct_eng_maths_grade4', 'attainment8_average'];
  const rows: Cell[][] = [];
  for (const year of YEARS) {
    for (const a of facts.smallAreas) {
      const pupils = a.people.get(year)!.ks4Pupils;
      // Deprivation pulls attainment down; an area's quirk (say, a strong local school) lasts.
      const p = logistic(GRADE4_LOGIT[year]! - 0.7 * a.deprivation + 0.25 * a.quirk + 0.1 * normal(rng));
      const achieved = binomial(rng, pupils, p);
      const attainment8 = ATTAINMENT8_MEAN[year]! - 4.5 * a.deprivation + 1.5 * a.quirk + (9 / Math.sqrt(pupils)) * normal(rng);
      rows.push([year, a.area.code, a.area.name, pupils, achieved, fixed((100 * achieved) / pupils, 1), fixed(attainment8, 1)]);
    }
  }
  return {
    id: 'school-attainment',
    file: 'ks4_attainment_small_area_2021_2023.csv',
    csv: csvText(header, rows, { crlf: true }),
    metadata: {
      ...describedBy(SCHOOLS, {
        title: 'Key Stage 4 attainment',
        description: 'GCSE results of pupils at the end of Key Stage 4 (age 16), by the small area where they live.',
        slug: 'key-stage-4-attainment',
        releaseDate: '2024-03-07',
        nextUpdate: '2025-03-06',
        methodology: `
Pupils at the end of Key Stage 4 in state-funded schools, counted where they live rather than
where they go to school. \`time_period\` 2023 is the academic year 2022/23, and so on.

- **Grade 4 or above in English and maths** (a "standard pass"): pupils with grade 4 or above
  in both English and maths GCSEs, as a percentage of pupils at the end of Key Stage 4.
- **Attainment 8**: the average of pupils' Attainment 8 scores (eight qualifications, English and
  maths counted twice), out of 90.

2021 grades were assessed by teachers, so they are not directly comparable with later years.`,
      }),
      file: 'ks4_attainment_small_area_2021_2023.csv',
      format: 'wide',
      area: { column: 'area_code', level: 'smallarea' },
      period: { column: 'time_period' },
      indicators: [
        {
          id: 'gcse-english-maths-grade-4',
          column: 'pct_eng_maths_grade4',
          title: 'Grade 4 or above in English and maths GCSE',
          description: 'Pupils at the end of Key Stage 4 achieving grade 4 or above (a standard pass) in both English and maths.',
          measure: 'percentage',
          polarity: 'higher-is-better',
          decimals: 1,
          numerator: 'pupils_eng_maths_grade4',
          denominator: 'pupils',
          classification: { method: 'quantiles', classes: 5 },
        },
        {
          id: 'attainment-8',
          column: 'attainment8_average',
          title: 'Average Attainment 8 score',
          description: 'Average Attainment 8 score per pupil at the end of Key Stage 4 (out of 90).',
          measure: 'mean',
          unit: 'points',
          polarity: 'higher-is-better',
          decimals: 1,
          classification: { method: 'natural-breaks', classes: 5 },
        },
      ],
    },
  };
}
