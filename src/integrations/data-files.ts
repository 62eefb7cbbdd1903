/**
 * Writes the atlas's bulk data files (indicator and area CSVs, map values, data packages,
 * boundaries and, for big levels, vector tiles) straight from the pipeline when Astro has
 * finished the pages. These are tens of thousands of small files at national scale: as Astro
 * endpoints each costs a route render of its own (measured: about 1.5 ms each, 50 s for
 * England's 32,844 LSOA profile CSVs), here a string and a write.
 * The serialisers are the pure functions in src/pipeline/emit; URLs come from src/lib/urls.ts,
 * so pages link to exactly the files written here.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAtlas } from '../lib/atlas.ts';
import { urls } from '../lib/urls.ts';
import { areaCsv } from '../pipeline/emit/area-csv.ts';
import { areaProfile } from '../pipeline/emit/area-profile.ts';
import { dataPackage, datasetCsv } from '../pipeline/emit/data-package.ts';
import { indicatorCsv } from '../pipeline/emit/indicator-csv.ts';
import { indicatorView } from '../pipeline/emit/indicator-view.ts';
import { mapValues } from '../pipeline/emit/map-values.ts';
import { DEFAULT_TILE_OPTIONS, shouldTile, TILE_LAYER, vectorTiles } from '../pipeline/emit/vector-tiles.ts';
import type { Atlas, Level } from '../pipeline/types.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export function dataFiles(): AstroIntegration {
  return {
    name: 'statlas-data-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = Date.now();
        const count = writeDataFiles(getAtlas(), fileURLToPath(dir));
        logger.info(`${count} data files written in ${Date.now() - started} ms`);
      },
    },
  };
}

export function writeDataFiles(atlas: Atlas, outDir: string): number {
  let count = 0;
  const write = (url: string, content: string | Uint8Array) => {
    const path = join(outDir, decodeURI(url));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    count++;
  };
  for (const level of atlas.levels) {
    const path = join(outDir, urls.topology(level.id));
    mkdirSync(dirname(path), { recursive: true });
    copyFileSync(level.topologyPath, path);
    count++;
    if (shouldTile(level.areas.length)) count += writeTiles(level, write);
    for (const area of level.areas) write(urls.areaCsv(level.id, area.code), areaCsv(areaProfile(atlas, area)));
  }
  for (const dataset of atlas.datasets) {
    if (dataset.indicators.length === 0) continue; // a protected dataset has nothing public
    write(urls.datasetCsv(dataset.id), datasetCsv(atlas, dataset));
    write(urls.dataPackage(dataset.id), JSON.stringify(dataPackage(atlas, dataset, `${dataset.id}.csv`), null, 2));
  }
  for (const indicator of atlas.indicators) {
    for (const data of indicator.levels) {
      for (const period of data.periods) {
        const view = indicatorView(atlas, indicator, data.level, period);
        write(urls.indicatorCsv(indicator.id, data.level, period), indicatorCsv(view));
        write(urls.indicatorValues(indicator.id, data.level, period), JSON.stringify(mapValues(view)));
      }
    }
  }
  return count;
}

/** A big level's vector tiles, their extent and zooms (tiles.json), and its area names. */
function writeTiles(level: Level, write: (url: string, content: string | Uint8Array) => void): number {
  const topology = JSON.parse(readFileSync(level.topologyPath, 'utf8')) as Topology;
  const collection = feature(topology, topology.objects[level.object] as GeometryCollection) as FeatureCollection<Geometry, Record<string, unknown>>;
  for (const f of collection.features) f.properties = { code: String(f.properties[level.codeProperty]) };
  const { tiles, bounds } = vectorTiles(collection as FeatureCollection<Geometry, { code: string }>);
  const template = urls.tiles(level.id);
  for (const [key, tile] of tiles) {
    const [z, x, y] = key.split('/');
    write(template.replace('{z}', z!).replace('{x}', x!).replace('{y}', y!), tile);
  }
  write(urls.tileSet(level.id), JSON.stringify({ bounds, minzoom: DEFAULT_TILE_OPTIONS.minZoom, maxzoom: DEFAULT_TILE_OPTIONS.maxZoom, layer: TILE_LAYER, tiles: tiles.size }));
  write(urls.areaNames(level.id), JSON.stringify(Object.fromEntries(level.areas.map((a) => [a.code, a.name]))));
  return tiles.size + 2;
}
