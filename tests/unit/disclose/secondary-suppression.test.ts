import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaGroups, WHOLE_ATLAS } from '../../../src/pipeline/disclose/area-groups.ts';
import { discloseLinked } from '../../../src/pipeline/disclose/disclose-linked.ts';
import { secondarySuppression } from '../../../src/pipeline/disclose/secondary-suppression.ts';
import type { IndicatorMeta, Level, Observation } from '../../../src/pipeline/types.ts';
import { differencingAttack } from '../../helpers/differencing-attack.ts';

const count = { measure: 'count', hasNumerator: false, hasDenominator: false } as IndicatorMeta;
const rate = { measure: 'rate', per: 1000, hasNumerator: true, hasDenominator: true } as IndicatorMeta;

function level(id: string, parentLevel: string | null, areas: [string, string | null][]): Level {
  return { id, name: id, plural: `${id}s`, topologyPath: '', object: id, codeProperty: 'code', nameProperty: 'name', parentLevel, areas: areas.map(([code, parentCode]) => ({ code, name: code, level: id, parentCode })) };
}

/** Two districts, four wards, eight small areas: every parent has two children. */
const levels = [
  level('district', null, [['D1', null], ['D2', null]]),
  level('ward', 'district', [['W1', 'D1'], ['W2', 'D1'], ['W3', 'D2'], ['W4', 'D2']]),
  level('small', 'ward', [['S1', 'W1'], ['S2', 'W1'], ['S3', 'W2'], ['S4', 'W2'], ['S5', 'W3'], ['S6', 'W3'], ['S7', 'W4'], ['S8', 'W4']]),
];

const o = (code: string, value: number, parts: Partial<Observation> = {}): Observation => ({ code, period: '2023', value, status: 'value', source: { line: 1 }, ...parts });

/** Small-area counts summed up to wards and districts, as aggregateUp would. */
function hierarchy(small: Record<string, number>): Map<string, Observation[]> {
  const sum = (codes: string[]) => codes.reduce((s, c) => s + small[c]!, 0);
  const wards = { W1: ['S1', 'S2'], W2: ['S3', 'S4'], W3: ['S5', 'S6'], W4: ['S7', 'S8'] } as Record<string, string[]>;
  return new Map([
    ['small', Object.entries(small).map(([c, v]) => o(c, v))],
    ['ward', Object.entries(wards).map(([w, cs]) => o(w, sum(cs)))],
    ['district', [o('D1', sum([...wards.W1!, ...wards.W2!])), o('D2', sum([...wards.W3!, ...wards.W4!]))]],
  ]);
}

/** What a reader sees: published values, null where hidden, and the whole-atlas total. */
function published(byLevel: Map<string, Observation[]>, total: number): Map<string, number | null> {
  const known = new Map<string, number | null>();
  for (const observations of byLevel.values()) for (const x of observations) known.set(x.code, x.status === 'value' ? x.value : null);
  // The whole-atlas total is published only when it is not small itself (suppressAtlasTotal).
  return known.set(WHOLE_ATLAS, total >= 5 ? total : null);
}

describe('areaGroups', () => {
  it('pairs each parent with its children at the next published level, and the whole atlas with the top level', () => {
    expect(areaGroups(levels, ['district', 'ward', 'small']).slice(0, 3)).toEqual([
      { parent: WHOLE_ATLAS, children: ['D1', 'D2'] },
      { parent: 'D1', children: ['W1', 'W2'] },
      { parent: 'D2', children: ['W3', 'W4'] },
    ]);
  });

  it('skips a level that is not published: districts then hold their small areas', () => {
    expect(areaGroups(levels, ['district', 'small'])).toContainEqual({ parent: 'D1', children: ['S1', 'S2', 'S3', 'S4'] });
  });
});

describe('secondarySuppression', () => {
  it('hides a second cell when a table has one hidden cell, choosing the smallest visible child', () => {
    const cells = new Map(hierarchy({ S1: 2, S2: 40, S3: 30, S4: 50, S5: 60, S6: 70, S7: 80, S8: 90 }).get('small')!.map((x) => [x.code, x]));
    const hidden = new Set(['S1']);
    const groups = areaGroups(levels, ['small']).filter((g) => g.parent === WHOLE_ATLAS);
    secondarySuppression(count, groups, (c) => cells.get(c), hidden, 5);
    expect([...hidden]).toEqual(['S1', 'S3']);
  });

  it('stops a ward being recovered as its district minus its visible sibling ward', () => {
    const [result] = discloseLinked([{ meta: count, byLevel: hierarchy({ S1: 3, S2: 40, S3: 30, S4: 50, S5: 60, S6: 70, S7: 80, S8: 90 }) }], levels, ['district', 'ward', 'small'], 5);
    const { recovered } = differencingAttack(areaGroups(levels, ['district', 'ward', 'small']), published(result!.byLevel, 423));
    expect(recovered.size).toBe(0);
    expect(result!.primary).toBe(1);
    expect(result!.secondary).toBeGreaterThanOrEqual(1);
  });

  it('never lets two hidden cells add up to less than the threshold when their parent is shown', () => {
    const [result] = discloseLinked([{ meta: count, byLevel: hierarchy({ S1: 0, S2: 0, S3: 30, S4: 50, S5: 60, S6: 70, S7: 80, S8: 90 }) }], levels, ['ward', 'small'], 5);
    const small = result!.byLevel.get('small')!;
    // Both zeros and W1 (= 0) are small. W1 alone among the wards would be the atlas total minus
    // the others, so the smallest other ward (W2) is hidden, and then one of its small areas.
    expect(small.filter((x) => x.status === 'suppressed').map((x) => x.code)).toEqual(['S1', 'S2', 'S3']);
    expect(result!.byLevel.get('ward')!.filter((x) => x.status === 'suppressed').map((x) => x.code)).toEqual(['W1', 'W2']);
    const { recovered, smallestHiddenTotal } = differencingAttack(areaGroups(levels, ['ward', 'small']), published(result!.byLevel, 410));
    expect(recovered.size).toBe(0);
    expect(smallestHiddenTotal).toBeGreaterThanOrEqual(5);
  });

  it('protects the numerators of rates, whose parents are sums of numerators', () => {
    const small = [o('S1', 2, { numerator: 2, denominator: 1000 }), o('S2', 20, { numerator: 20, denominator: 1000 })];
    const byLevel = new Map([['small', small], ['ward', [o('W1', 11, { numerator: 22, denominator: 2000 })]]]);
    const two = [level('ward', null, [['W1', null]]), level('small', 'ward', [['S1', 'W1'], ['S2', 'W1']])];
    const [result] = discloseLinked([{ meta: rate, byLevel }], two, ['ward', 'small'], 5);
    expect(result!.byLevel.get('small')!.map((x) => x.status)).toEqual(['suppressed', 'suppressed']);
  });

  it('shares one pattern between linked indicators', () => {
    const byLevel = hierarchy({ S1: 2, S2: 40, S3: 30, S4: 50, S5: 60, S6: 70, S7: 80, S8: 90 });
    const other = hierarchy({ S1: 100, S2: 100, S3: 100, S4: 100, S5: 100, S6: 3, S7: 100, S8: 100 });
    const [a, b] = discloseLinked([{ meta: count, byLevel }, { meta: { ...count, id: 'b' }, byLevel: other }], levels, ['small'], 5);
    const hiddenIn = (r: typeof a) => r!.byLevel.get('small')!.filter((x) => x.status === 'suppressed').map((x) => x.code);
    expect(hiddenIn(a)).toEqual(hiddenIn(b));
    expect(hiddenIn(a)).toEqual(expect.arrayContaining(['S1', 'S6']));
  });

  it('leaves every cell alone at threshold 0', () => {
    const [result] = discloseLinked([{ meta: count, byLevel: hierarchy({ S1: 0, S2: 1, S3: 30, S4: 50, S5: 60, S6: 70, S7: 80, S8: 90 }) }], levels, ['district', 'ward', 'small'], 0);
    expect(result!.primary + result!.secondary).toBe(0);
  });

  it('leaves no suppressed cell recoverable and no small hidden total, for any counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 8, maxLength: 8 }), fc.subarray(['district', 'ward', 'small'], { minLength: 1 }), (values, shown) => {
        const small = Object.fromEntries(values.map((v, i) => [`S${i + 1}`, v]));
        const [result] = discloseLinked([{ meta: count, byLevel: hierarchy(small) }], levels, shown, 5);
        const known = published(result!.byLevel, values.reduce((a, b) => a + b, 0));
        const { recovered, smallestHiddenTotal } = differencingAttack(areaGroups(levels, shown), known);
        expect([...recovered.keys()]).toEqual([]);
        expect(smallestHiddenTotal).toBeGreaterThanOrEqual(5);
        for (const [code, value] of known) if (code !== WHOLE_ATLAS && value !== null) expect(value).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 400, seed: 20260527 },
    );
  });
});

describe('secondarySuppression with custom areas that overlap the hierarchy', () => {
  /** Three districts of four wards, and localities made of wards drawn across district lines. */
  const wardCodes = Array.from({ length: 12 }, (_, i) => `W${String(i + 1).padStart(2, '0')}`);
  const districtOf = (w: number) => `D${Math.floor(w / 4) + 1}`;
  function geography(localityOf: number[]): Level[] {
    const members: Record<string, string[]> = {};
    localityOf.forEach((l, w) => (members[`L${l + 1}`] ??= []).push(wardCodes[w]!));
    return [
      level('district', null, [['D1', null], ['D2', null], ['D3', null]]),
      level('ward', 'district', wardCodes.map((c, w) => [c, districtOf(w)] as [string, string])),
      { ...level('locality', null, Object.keys(members).sort().map((c) => [c, null] as [string, null])), buildingBlocks: { kind: 'custom', level: 'ward', file: '', members } },
    ];
  }

  it('adds the localities to the tables', () => {
    expect(areaGroups(geography([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]), ['district', 'ward', 'locality'])).toContainEqual({ parent: 'L2', children: ['W02', 'W06', 'W10'] });
  });

  it('leaves no suppressed ward that any combination of district and locality totals pins down (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 12, maxLength: 12 }), fc.array(fc.nat({ max: 4 }), { minLength: 12, maxLength: 12 }), (values, localityOf) => {
        const levelsHere = geography(localityOf);
        const sum = (codes: string[]) => codes.reduce((s, c) => s + values[wardCodes.indexOf(c)]!, 0);
        const members = levelsHere[2]!.buildingBlocks!.members;
        const byLevel = new Map([
          ['ward', wardCodes.map((c, w) => o(c, values[w]!))],
          ['district', ['D1', 'D2', 'D3'].map((d) => o(d, sum(wardCodes.filter((_, w) => districtOf(w) === d))))],
          ['locality', Object.entries(members).map(([l, ws]) => o(l, sum(ws)))],
        ]);
        const shown = ['district', 'ward', 'locality'];
        const [result] = discloseLinked([{ meta: count, byLevel }], levelsHere, shown, 5);
        const { recovered, pinned } = differencingAttack(areaGroups(levelsHere, shown), published(result!.byLevel, sum(wardCodes)));
        const suppressed = new Set([...result!.byLevel.values()].flat().filter((x) => x.status === 'suppressed').map((x) => x.code));
        expect([...recovered.keys()].filter((c) => suppressed.has(c))).toEqual([]);
        expect([...pinned].filter((c) => suppressed.has(c))).toEqual([]);
      }),
      { numRuns: 300, seed: 20260527 },
    );
  });
});
