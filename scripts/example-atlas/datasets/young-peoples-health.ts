/**
 * Young people's health (integrated care board): under-18 conceptions and self-harm admissions
 * by ward, in a long (tidy) file with a title line above the header. Single-year ward counts are
 * tiny, so, as health publishers do, each year's figure pools three years; even so some
 * conception counts stay below 5.
 */
import type { Facts, People, WardFacts } from '../surfaces.ts';
import { YEARS, wardPeople } from '../surfaces.ts';
import { normal, poisson, streamFor, type Rng } from '../random.ts';
import { csvText, fixed, type Cell } from '../write.ts';
import { HEALTH, describedBy, type Dataset } from './dataset.ts';

interface Measure {
  /** The text in the file's Indicator column. */
  label: string;
  /** Who is at risk, and events per person-year in an average ward, by year. */
  population: keyof People;
  yearly: Record<number, number>;
  /** How strongly the rate rises with deprivation. */
  gradient: number;
  per: number;
}

const CONCEPTIONS: Measure = {
  label: 'Under-18 conception rate per 1,000 women aged 15-17',
  population: 'women15to17',
  // Falling slowly, as it has nationally.
  yearly: { 2019: 0.0167, 2020: 0.016, 2021: 0.0155, 2022: 0.015, 2023: 0.0146 },
  gradient: 0.55,
  per: 1000,
};
const SELF_HARM: Measure = {
  label: 'Emergency admissions for self-harm per 100,000 aged 10-24',
  population: 'aged10to24',
  // 2020 dipped while fewer people came to hospital.
  yearly: { 2019: 0.0044, 2020: 0.0039, 2021: 0.0042, 2022: 0.0041, 2023: 0.004 },
  gradient: 0.35,
  per: 100000,
};

/** One ward's events and people at risk, year by year from 2019. */
function wardYears(ward: WardFacts, measure: Measure, rng: Rng): Map<number, { events: number; people: number }> {
  const risk = Math.exp(measure.gradient * ward.deprivation + 0.15 * normal(rng));
  const years = new Map<number, { events: number; people: number }>();
  for (const [year, rate] of Object.entries(measure.yearly)) {
    const people = wardPeople(ward, Number(year), measure.population);
    years.set(Number(year), { people, events: poisson(rng, people * rate * risk) });
  }
  return years;
}

/** Rows of one measure: each year's figure pools that year and the two before. */
function measureRows(facts: Facts, measure: Measure, rng: Rng): Cell[][] {
  const rows: Cell[][] = [];
  for (const ward of facts.wards) {
    const years = wardYears(ward, measure, rng);
    for (const year of YEARS) {
      const pooled = [year - 2, year - 1, year].map((y) => years.get(y)!);
      const events = pooled.reduce((s, c) => s + c.events, 0);
      const people = pooled.reduce((s, c) => s + c.people, 0);
      rows.push([ward.ward.code, ward.ward.name, year, measure.label, fixed((measure.per * events) / people, 1), events, people]);
    }
  }
  return rows;
}

/** Both indicators are rates with the file's Count and Denominator columns. */
function indicator(measure: Measure, id: string, title: string, description: string): Record<string, unknown> {
  return {
    id,
    match: measure.label,
    title,
    description,
    measure: 'rate',
    per: measure.per,
    polarity: 'higher-is-worse',
    decimals: 1,
    numerator: 'Count',
    denominator: 'Denominator',
    classification: { method: 'quantiles', classes: 5 },
  };
}

export function youngPeoplesHealthDataset(facts: Facts): Dataset {
  const rng = streamFor('young-peoples-health');
  const rows = [...measureRows(facts, CONCEPTIONS, rng), ...measureRows(facts, SELF_HARM, rng)];
  const file = 'young-peoples-health-by-ward.csv';
  return {
    id: 'young-peoples-health',
    file,
    csv: csvText(['Area code', 'Area name', 'Year', 'Indicator', 'Value', 'Count', 'Denominator'], rows, {
      titleLines: ["Young people's health by ward, Wyvernshire: three-year pooled figures, labelled by their last year (fictional data)"],
    }),
    metadata: {
      ...describedBy(HEALTH, {
        title: "Young people's health",
        description: 'Under-18 conceptions and emergency hospital admissions for self-harm, by ward, in three-year pooled periods.',
        slug: 'young-peoples-health',
        releaseDate: '2025-03-18',
        nextUpdate: '2026-03-17',
        methodology: `
**Each year pools three years**, because single-year ward counts are too small to be reliable:
the figure for 2023 covers 2021, 2022 and 2023, and its denominator is the sum of the three
mid-year population estimates.

- **Under-18 conceptions**: pregnancies of women aged under 18 that led to a maternity or a
  legal abortion, dated to the estimated date of conception, per 1,000 women aged 15 to 17.
- **Self-harm admissions**: emergency admissions to hospital of people aged 10 to 24 with a
  diagnosis of intentional self-harm, per 100,000 people aged 10 to 24. A person admitted twice
  counts twice.

Both are counted by the ward where the person lived.`,
      }),
      file,
      skip_lines: 1,
      format: 'long',
      area: { column: 'Area code' },
      period: { column: 'Year' },
      indicator_column: 'Indicator',
      value_column: 'Value',
      indicators: [
        indicator(CONCEPTIONS, 'teenage-conceptions', 'Under-18 conception rate', 'Conceptions to women aged under 18 per 1,000 women aged 15 to 17 (three years pooled).'),
        indicator(SELF_HARM, 'self-harm-admissions', 'Emergency admissions for self-harm, aged 10-24', 'Emergency hospital admissions for intentional self-harm per 100,000 people aged 10 to 24 (three years pooled).'),
      ],
    },
  };
}
