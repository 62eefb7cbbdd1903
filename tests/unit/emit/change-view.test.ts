import { describe, expect, it } from 'vitest';
import { changeCsv } from '../../../src/pipeline/emit/change-csv.ts';
import { changeMapValues } from '../../../src/pipeline/emit/change-map-values.ts';
import { changeView } from '../../../src/pipeline/emit/change-view.ts';
import { atlasWith, percentageIndicator } from './atlas-fixture.ts';

describe('changeView', () => {
  const indicator = percentageIndicator();
  const view = changeView(atlasWith(indicator), indicator, 'ward', '2022', '2023');

  it('takes the difference of the published values and tests it with Newcombe intervals', () => {
    const [ash, birch] = view.rows;
    expect(ash).toMatchObject({ difference: 10, differenceDisplay: '+10.0 percentage points', significance: 'increase', significanceText: 'Significant increase (better)' });
    expect(ash!.interval!.lower).toBeGreaterThan(0);
    expect(birch).toMatchObject({ difference: 0.5, significance: 'no-significant-change', significanceText: 'No significant change' });
    expect(birch!.interval!.lower).toBeLessThan(0);
  });

  it('keeps statuses when either period has no value, suppressed first', () => {
    expect(view.rows[2]).toMatchObject({ difference: null, status: 'suppressed', classIndex: null, significance: 'not-assessed' });
  });

  it('shows significance on the map when every area with two values could be tested', () => {
    expect(view.withSignificance).toBe(true);
    expect(view.methods).toEqual(['wilson']);
    expect(view.legend.map((e) => [e.label, e.count])).toEqual([
      ['Significant fall', 0],
      ['No significant change', 1],
      ['Significant rise', 1],
      ['Suppressed in one or both periods (small numbers)', 1],
    ]);
    expect(view.summary).toBe('Between 2022 and 2023, share of residents rose significantly in 1 ward, fell significantly in 0 wards and showed no significant change in 1 ward. 1 ward has no published value in one or both periods.');
  });

  it('serialises to a CSV of the table and a values file for the shared choropleth', () => {
    const csv = changeCsv(view).split('\r\n');
    expect(csv[0]).toBe('\uFEFFarea_code,area_name,level,indicator,from_period,from_value,from_status,to_period,to_value,to_status,difference,difference_lower_95,difference_upper_95,significance,status');
    expect(csv[1]).toMatch(/^W1,Ash,ward,share,2022,20,,2023,30,,10,[\d.]+,[\d.]+,increase,$/);
    expect(csv[3]).toBe('W3,Cedar,ward,share,2022,,c,2023,10,,,,,,c');
    const values = changeMapValues(view);
    expect(values.areas.W1).toEqual([2, 'value', expect.stringContaining('change +10.0 percentage points (significant increase (better))'), 10]);
    expect(values.colours).toEqual(view.colours);
  });
});
