/**
 * Postcode data and custom areas through the real pipeline, on copies of the mini fixture (its
 * eight small areas are 0.1-degree squares): a dataset with postcodes is counted into small areas
 * through an NSPL-style lookup or through centroids, and summed to districts and to custom
 * groups of small areas and, through a best-fit lookup, into zones small areas do not nest in;
 * mistakes in the metadata, the lookup and the list of custom areas each stop the build with a
 * message naming the file and line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRecipes } from '../../src/geography-build/run-recipes.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../../src/pipeline/validate/atlas-error.ts';
import { copyFixture, editFile } from '../helpers/fixture-atlas.ts';

/** pcds, doterm, small area, centroid: T001 is the square at 0-0.1 E, 52.0-52.1 N, and so on. */
const LOOKUP = [
  'pcd,pcds,doterm,small,lat,long',
  'MA1 1AA,MA1 1AA,,T001,52.05,0.05',
  'MA1 1AB,MA1 1AB,,T001,52.06,0.04',
  'MA1 2AA,MA1 2AA,,T002,52.15,0.05',
  'MA1 3AA,MA1 3AA,200101,T003,52.05,0.15',
  'MA2 5AA,MA2 5AA,,T005,52.05,0.25',
  'MA2 6AA,MA2 6AA,,T006,52.15,0.25',
  'MA2 7AA,MA2 7AA,,T007,52.05,0.35',
  'MA2 8AA,MA2 8AA,,T008,52.15,0.35',
  'MA9 9AA,MA9 9AA,,,99.999999,0.000000',
  'ZZ1 1AA,ZZ1 1AA,,X999,10.0,10.0',
].join('\n');

/** One row per visit: every small area gets at least 5, so nothing is suppressed. */
function visits(): string {
  const rows = ['Postcode,Year'];
  const add = (postcode: string, n: number) => {
    for (let i = 0; i < n; i++) rows.push(`${postcode},2023`);
  };
  add('ma1 1aa', 3);
  add('MA11AB', 4); // T001: 7
  add('MA1  2AA', 6); // pcd2 spacing: T002
  add('MA1 3AA', 5); // terminated, still counted in T003
  add('MA2 5AA', 8);
  add('MA2 6AA', 9);
  add('MA2 7AA', 10);
  add('MA2 8AA', 11);
  add('MA9 9AA', 2); // in the lookup, no area
  add('ZZ1 1AA', 1); // an area outside the atlas
  add('MA7 7ZZ', 1); // not in the lookup
  add('n/k', 1); // not a postcode
  return rows.join('\n') + '\n';
}

const METADATA = `title: Visits
publisher: Mini Council
contact: { name: Mini research }
licence: Open Government Licence v3.0
attribution: Mini Council (test data)
release_date: 2024-06-01
file: visits.csv
area:
  column: Postcode
  level: small
  postcodes:
    lookup: { file: postcodes/lookup.csv, area_column: small }
period: { column: Year }
indicators:
  - { id: visits, title: Visits, measure: count, polarity: neither }
`;

const CUSTOM_LEVEL = `  - id: group
    name: Group
    plural: Groups
    topology: build/group.topo.json
    object: group
    custom: { building_blocks: small, file: custom/groups.csv, block_column: small }
`;

async function atlasWithVisits(edit: (root: string) => void = () => {}): Promise<string> {
  const root = await copyFixture('mini');
  mkdirSync(join(root, 'geography/postcodes'), { recursive: true });
  mkdirSync(join(root, 'geography/custom'), { recursive: true });
  mkdirSync(join(root, 'datasets/visits'), { recursive: true });
  writeFileSync(join(root, 'geography/postcodes/lookup.csv'), LOOKUP + '\n');
  writeFileSync(join(root, 'datasets/visits/visits.csv'), visits());
  writeFileSync(join(root, 'datasets/visits/metadata.yaml'), METADATA);
  // Two groups across the district boundary (T004 is in D01, T005 in D02); T008 is in none.
  writeFileSync(join(root, 'geography/custom/groups.csv'), 'code,name,small\nG1,West group,T001\nG1,West group,T002\nG2,Middle group,T004\nG2,Middle group,T005\n');
  editFile(root, 'geography/levels.yaml', (t) => t + CUSTOM_LEVEL);
  edit(root);
  await runRecipes(root, () => {});
  return root;
}

function problems(root: string): string[] {
  try {
    runPipeline(root);
  } catch (error) {
    if (error instanceof AtlasInputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const valuesAt = (atlas: ReturnType<typeof runPipeline>, indicator: string, level: string) =>
  Object.fromEntries(atlas.indicators.find((i) => i.id === indicator)!.levels.find((l) => l.level === level)!.observations.map((o) => [o.code, o.value]));

describe('postcode data and custom areas in the build', () => {
  it('counts records into small areas through a lookup, then into districts and custom groups', async () => {
    const atlas = runPipeline(await atlasWithVisits());
    expect(valuesAt(atlas, 'visits', 'small')).toEqual({ T001: 7, T002: 6, T003: 5, T005: 8, T006: 9, T007: 10, T008: 11 });
    // T004 has no visits, so D01 is not complete: no partial sum.
    expect(valuesAt(atlas, 'visits', 'district')).toEqual({ D01: null, D02: 38 });
    expect(valuesAt(atlas, 'visits', 'group')).toEqual({ G1: 13, G2: null });
    expect(atlas.report.postcodes).toEqual([
      {
        dataset: 'visits',
        level: 'small',
        method: 'lookup',
        reference: 'postcodes/lookup.csv',
        rows: 61,
        matched: { rows: 56, postcodes: 8 },
        terminated: { rows: 5, postcodes: 1, counted: true, excluded: 0 },
        unmatched: { rows: 4, postcodes: 3, not_in_reference: 1, outside_areas: 3 },
        invalid: { rows: 1 },
        totals: { records: { input: 61, matched: 56, not_matched: 5 } },
      },
    ]);
    // The population dataset (area codes) sums into the groups too, and its percentage is recomputed.
    expect(valuesAt(atlas, 'population', 'group')).toMatchObject({ G1: 2200 }); // T001 1,250 + T002 950 in the latest year
    // Before disclosure control (the full tables), so the check does not depend on what is suppressed.
    const share = atlas.tables!.datasets.find((d) => d.dataset.id === 'people')!.indicators.find((i) => i.id === 'children-share')!;
    const g1 = share.levels.find((l) => l.level === 'group')!.observations.find((o) => o.code === 'G1' && o.period === '2023')!;
    expect(g1.value).toBeCloseTo(((310 + 220) / (1250 + 950)) * 100, 10);
    const groups = atlas.levels.find((l) => l.id === 'group')!;
    expect(groups.parentLevel).toBeNull();
    expect(groups.buildingBlocks).toEqual({ kind: 'custom', level: 'small', file: 'custom/groups.csv', members: { G1: ['T001', 'T002'], G2: ['T004', 'T005'] } });
    const topology = JSON.parse(readFileSync(join(atlas.root, 'geography/build/group.topo.json'), 'utf8'));
    expect(topology.objects.group.geometries.map((g: { properties: unknown }) => g.properties)).toEqual([{ code: 'G1', name: 'West group' }, { code: 'G2', name: 'Middle group' }]);
  });

  it('counts the same records through centroids and point in polygon, and leaves out terminated postcodes when asked', async () => {
    const root = await atlasWithVisits((r) =>
      editFile(r, 'datasets/visits/metadata.yaml', (t) => t.replace('    lookup: { file: postcodes/lookup.csv, area_column: small }', '    centroids: { file: postcodes/lookup.csv }\n    terminated: exclude')),
    );
    const atlas = runPipeline(root);
    expect(valuesAt(atlas, 'visits', 'small')).toEqual({ T001: 7, T002: 6, T005: 8, T006: 9, T007: 10, T008: 11 });
    expect(atlas.report.postcodes![0]).toMatchObject({ method: 'centroids', terminated: { rows: 5, counted: false, excluded: 5 }, unmatched: { not_in_reference: 1, outside_areas: 3 } });
  });

  it('stops on indicators postcodes cannot give, naming the metadata line', async () => {
    const root = await atlasWithVisits((r) =>
      editFile(r, 'datasets/visits/metadata.yaml', (t) => t + '  - { id: visit-rank, column: Year, title: Rank, measure: rank, polarity: neither }\n'),
    );
    expect(problems(root)).toEqual([
      'datasets/visits/metadata.yaml:16: indicator "visit-rank" is a rank, which cannot be added up from postcodes. Postcode data gives counts: use `measure: count`, or (in a wide file) for a percentage or rate name `numerator:` and `denominator:` count columns and leave out `column:`.',
    ]);
  });

  it('stops on a lookup outside geography/, a lookup column that does not exist, and postcodes without a level', async () => {
    const outside = await atlasWithVisits((r) => editFile(r, 'datasets/visits/metadata.yaml', (t) => t.replace('file: postcodes/lookup.csv', 'file: ../datasets/visits/visits.csv')));
    expect(problems(outside)).toEqual([
      'datasets/visits/metadata.yaml:12: `file: ../datasets/visits/visits.csv` points outside geography/. Put the postcode file under geography/ (e.g. geography/postcodes/) or in a folder named in read_only_data_dirs in atlas.config.yaml.',
    ]);
    const column = await atlasWithVisits((r) => editFile(r, 'datasets/visits/metadata.yaml', (t) => t.replace('area_column: small', 'area_column: lsoa11')));
    expect(problems(column)).toEqual(['geography/postcodes/lookup.csv:1: the postcode lookup has no column "lsoa11". Name one of its columns: pcd, pcds, doterm, small, lat, long.']);
    const noLevel = await atlasWithVisits((r) => editFile(r, 'datasets/visits/metadata.yaml', (t) => t.replace('  level: small\n', '')));
    expect(problems(noLevel)).toHaveLength(1);
    expect(problems(noLevel)[0]).toMatch(/^datasets\/visits\/metadata\.yaml:8: .*with `postcodes:` the area needs `level:`/);
  });

  it('refuses a list of custom areas that puts a block in two areas, or names a block of another level', async () => {
    await expect(atlasWithVisits((r) => writeFileSync(join(r, 'geography/custom/groups.csv'), 'code,name,small\nG1,West,T001\nG2,East,T001\nG2,East,D01\n'))).rejects.toThrow(
      /geography\/custom\/groups\.csv:3: T001 is already in a custom area on line 2\. .*\ngeography\/custom\/groups\.csv:4: "D01" is not a small code/,
    );
  });

  it('builds a best-fit lookup for a level that small areas do not nest in, and marks its figures approximate', async () => {
    // Zones of their own: A is 0-0.12 E (holding the inner points of T001 and T002), B the rest.
    const zone = (code: string, x0: number, x1: number) => ({ type: 'Feature', properties: { code, name: `Zone ${code}` }, geometry: { type: 'Polygon', coordinates: [[[x0, 52], [x1, 52], [x1, 52.2], [x0, 52.2], [x0, 52]]] } });
    const root = await atlasWithVisits((r) => {
      writeFileSync(join(r, 'geography/sources/zones.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [zone('ZA', 0, 0.12), zone('ZB', 0.12, 0.4)] }));
      writeFileSync(join(r, 'geography/recipes/3-zone.mapshaper'), '-i sources/zones.geojson name=zone\n-o build/zone.topo.json format=topojson quantization=100000\n');
      editFile(r, 'geography/levels.yaml', (t) => t + '  - { id: zone, name: Zone, plural: Zones, topology: build/zone.topo.json, object: zone, best_fit: { building_blocks: small, lookup: build/small-zone.csv } }\n');
    });
    expect(readFileSync(join(root, 'geography/build/small-zone.csv'), 'utf8')).toBe('building_block,code\nT001,ZA\nT002,ZA\nT003,ZB\nT004,ZB\nT005,ZB\nT006,ZB\nT007,ZB\nT008,ZB\n');
    const atlas = runPipeline(root);
    expect(valuesAt(atlas, 'population', 'zone')).toEqual({ ZA: 2200, ZB: 5870 });
    const zoneData = atlas.indicators.find((i) => i.id === 'population')!.levels.find((l) => l.level === 'zone')!;
    expect(zoneData).toMatchObject({ aggregated: true, aggregatedFrom: 'small', approximate: true });
    // Exact levels stay exact.
    expect(atlas.indicators.find((i) => i.id === 'population')!.levels.find((l) => l.level === 'district')!.approximate).toBe(false);
  });

  it('refuses a custom level listed first, since the first level must cover the whole atlas', async () => {
    const root = await atlasWithVisits();
    editFile(root, 'geography/levels.yaml', (t) => t.replace(CUSTOM_LEVEL, '').replace('levels:\n', `levels:\n${CUSTOM_LEVEL}`));
    expect(problems(root)).toEqual(['geography/levels.yaml:2: the custom level "group" is listed first. List custom levels after the official ones: the first level must cover the whole atlas (its total is the benchmark).']);
  });

  it('says to run `npm run geography` when the custom areas drawn differ from the list', async () => {
    const root = await atlasWithVisits();
    writeFileSync(join(root, 'geography/custom/groups.csv'), 'code,name,small\nG1,West group,T001\nG3,East group,T008\n');
    expect(problems(root)).toEqual(['geography/build/group.topo.json: the custom areas drawn here differ from geography/custom/groups.csv (first: G3). Run `npm run geography` to dissolve the building blocks again.']);
  });
});
