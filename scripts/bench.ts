/**
 * `npm run bench`: how heavy is an atlas to build and to read?
 *
 *   npm run bench                          the example atlas (content at the repository root)
 *   npm run bench -- --root DIR            another atlas (sets ATLAS_ROOT for the build)
 *   npm run bench -- --page /indicators/x/ measure this page instead of the first indicator
 *   npm run bench -- --out DIR             keep the built site in DIR (default: a temp dir)
 *   npm run bench -- --dist DIR            skip the build; measure an already built site
 *   npm run bench -- --json FILE           also write the numbers as JSON
 *                                          (default bench-results/<atlas>.json, git-ignored;
 *                                          <atlas> is the --root folder's name or `example`)
 *
 * Reports: build wall time and peak memory; output size by file type; and, for one indicator
 * page in Chromium, bytes fetched before MapLibre starts loading and by the time the map is
 * ready (raw, and gzip-compressed with zlib as a host would serve them), split into boundaries
 * (.topo.json), JS, HTML and other; and the time from navigation to map ready. Then, from
 * scripts/bench-geography.ts (also `npm run bench:geography` alone): postcode point in polygon
 * and custom-level dissolve times on the real Leicestershire data.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../tests/helpers/static-server.ts';
import {
  findMaplibreFiles,
  launchBrowser,
  openPage,
  pageTimeline,
  waitForMap,
  type BrowserSession,
  type RecordedRequest,
} from '../tests/helpers/browser.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    root: { type: 'string' },
    out: { type: 'string' },
    dist: { type: 'string' },
    page: { type: 'string' },
    json: { type: 'string' },
  },
});
const atlasRoot = args.root ? resolve(args.root) : undefined;
/** Names the default JSON file: the --root folder's name, or `example`. */
const atlasName = atlasRoot ? basename(atlasRoot) || 'atlas' : 'example';

// Same hygiene as `npm test`: no telemetry, nothing written to $HOME.
const scratch = await mkdtemp(join(tmpdir(), 'statlas-bench-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  XDG_CONFIG_HOME: join(scratch, 'config'),
  XDG_CACHE_HOME: join(scratch, 'cache'),
  XDG_DATA_HOME: join(scratch, 'data'),
};
if (atlasRoot) env.ATLAS_ROOT = atlasRoot;
else delete env.ATLAS_ROOT;

const outDir = args.dist ? resolve(args.dist) : args.out ? resolve(args.out) : join(scratch, 'dist');

// ---------------------------------------------------------------------------------------------
// 1. Build, timed, with peak memory.

interface BuildStats {
  wallMs: number;
  /** Peak RSS of the largest single process, from GNU time (`ru_maxrss`), if available. */
  maxRssLargestProcessKb: number | null;
  /** Peak of the summed RSS of the build's whole process tree, sampled every 50 ms. */
  peakTreeRssKb: number | null;
}

/** RSS in kB of `pid` and all its descendants, read from /proc (Linux only; else null). */
async function treeRssKb(pid: number): Promise<number | null> {
  if (!existsSync('/proc/self/status')) return null;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let total = 0;
  for (const stack = [pid]; stack.length > 0; ) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

async function build(): Promise<BuildStats> {
  const timeFile = join(scratch, 'time.txt');
  // GNU time -v reports the peak RSS; Debian ships it at /usr/bin/time (package `time`).
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = [
    ...(useTime ? ['-v', '-o', timeFile, process.execPath] : []),
    'scripts/build.ts',
    '--out',
    outDir,
  ];
  console.error(`bench: building ${atlasRoot ?? 'the example atlas'} into ${outDir}`);
  const started = performance.now();
  // Build output goes to stderr so stdout carries only the report.
  const child = spawn(command, commandArgs, { cwd: repo, env, stdio: ['ignore', process.stderr, process.stderr] });

  let peakTree: number | null = null;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    void treeRssKb(child.pid).then((kb) => {
      if (kb !== null) peakTree = Math.max(peakTree ?? 0, kb);
    });
  }, 50);
  const code = await new Promise<number | null>((ok, fail) => {
    child.on('error', fail);
    child.on('close', ok);
  });
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`bench: the build failed (exit ${code}); see its output above`);

  let maxRss: number | null = null;
  if (useTime) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
    if (match) maxRss = Number(match[1]);
  }
  return { wallMs, maxRssLargestProcessKb: maxRss, peakTreeRssKb: peakTree };
}

// ---------------------------------------------------------------------------------------------
// 2. Output size by file type.

interface SizeRow {
  type: string;
  files: number;
  bytes: number;
}

/** File type for the size table: `.topo.json` and `.d.ts`-style double extensions kept whole. */
function fileType(name: string): string {
  if (name.endsWith('.topo.json')) return '.topo.json';
  return extname(name).toLowerCase() || '(none)';
}

async function outputSizes(dir: string): Promise<SizeRow[]> {
  const rows = new Map<string, SizeRow>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const type = fileType(entry.name);
    const row = rows.get(type) ?? { type, files: 0, bytes: 0 };
    row.files++;
    row.bytes += (await stat(join(entry.parentPath, entry.name))).size;
    rows.set(type, row);
  }
  return [...rows.values()].sort((a, b) => b.bytes - a.bytes);
}

// ---------------------------------------------------------------------------------------------
// 3. One indicator page in Chromium.

type Category = 'HTML' | 'JS' | 'boundaries' | 'other';
const CATEGORIES: Category[] = ['HTML', 'JS', 'boundaries', 'other'];

function category(request: RecordedRequest): Category {
  const path = new URL(request.url).pathname;
  if (path.endsWith('.topo.json') || path.endsWith('.pbf') || path.endsWith('.names.json') || path.endsWith('/tiles.json')) return 'boundaries';
  if (request.resourceType === 'document' || path.endsWith('.html') || path.endsWith('/')) return 'HTML';
  if (/\.m?js$/.test(path) || request.resourceType === 'script') return 'JS';
  return 'other';
}

interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
}
type PhaseTotals = Record<Category | 'total', Transfer>;

function emptyTotals(): PhaseTotals {
  const t = {} as PhaseTotals;
  for (const c of [...CATEGORIES, 'total' as const]) t[c] = { requests: 0, raw: 0, gzip: 0 };
  return t;
}

interface PageStats {
  url: string;
  domContentLoadedMs: number;
  loadMs: number;
  maplibreStartMs: number | null;
  mapReadyMs: number;
  renderedFeatures: number;
  /** Requests issued before the first MapLibre request (the page without its map). */
  beforeMap: PhaseTotals;
  /** Everything fetched by the time the map reported ready. */
  atMapReady: PhaseTotals;
}

async function measurePage(dist: string): Promise<PageStats> {
  const maplibreFiles = await findMaplibreFiles(dist);
  const server = await startStaticServer(dist);
  let browser: BrowserSession | undefined;
  try {
    const path = args.page ?? (await discoverIndicatorPage(server.url));
    // A fresh browser (empty profile) for the measurement: a cold first visit, with nothing
    // (not even the favicon, which Chromium caches apart from HTTP) left by the discovery.
    browser = await launchBrowser();
    const url = new URL(path, server.url).href;
    const opened = await openPage(browser.context, url);
    const map = await waitForMap(opened.page);
    const timeline = await pageTimeline(opened.page);
    if (opened.problems.length > 0) console.error(`bench: problems on ${path}:\n  ${opened.problems.join('\n  ')}`);

    const isMaplibre = (r: RecordedRequest) => maplibreFiles.includes(new URL(r.url).pathname.replace(/^\//, ''));
    const firstMaplibre = opened.requests.find(isMaplibre)?.order ?? Infinity;
    const maplibreStart = timeline.resources
      .filter((r) => maplibreFiles.includes(new URL(r.url).pathname.replace(/^\//, '')))
      .map((r) => r.startTime);

    const beforeMap = emptyTotals();
    const atMapReady = emptyTotals();
    for (const request of opened.requests) {
      // Bodies as the browser received them (our server does not compress), and their gzip size.
      const body = await request.request
        .response()
        .then((r) => r?.body())
        .catch(() => undefined);
      if (!body) continue;
      const sizes = { raw: body.length, gzip: gzipSync(body).length };
      const phases = request.order < firstMaplibre ? [beforeMap, atMapReady] : [atMapReady];
      for (const totals of phases) {
        for (const key of [category(request), 'total'] as const) {
          totals[key].requests++;
          totals[key].raw += sizes.raw;
          totals[key].gzip += sizes.gzip;
        }
      }
    }
    await opened.page.close();
    return {
      url: path,
      domContentLoadedMs: timeline.domContentLoaded,
      loadMs: timeline.load,
      maplibreStartMs: maplibreStart.length > 0 ? Math.min(...maplibreStart) : null,
      mapReadyMs: map.readyAfterMs,
      renderedFeatures: map.renderedFeatures,
      beforeMap,
      atMapReady,
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Finds an indicator page the way a reader would: from the home or catalogue page's links. */
async function discoverIndicatorPage(base: string): Promise<string> {
  const browser = await launchBrowser();
  try {
    for (const start of ['/', '/catalogue/']) {
      const opened = await openPage(browser.context, new URL(start, base).href);
      const hrefs = await opened.page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const path = hrefs.map((h) => new URL(h).pathname).find((p) => /^\/indicators\/[a-z][a-z0-9-]*\/$/.test(p));
      if (path) return path;
    }
  } finally {
    await browser.close();
  }
  throw new Error('bench: no /indicators/<id>/ link on the home or catalogue page; pass --page');
}

// ---------------------------------------------------------------------------------------------
// Report.

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (kbytes: number | null) => (kbytes === null ? 'n/a' : `${(kbytes / 1024).toFixed(0)} MB`);
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);

/** A plain text table: first column left-aligned, the rest right-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

try {
  const buildStats: BuildStats | null = args.dist ? null : await build();
  const sizes = await outputSizes(outDir);
  const page = await measurePage(outDir);

  const totalBytes = sizes.reduce((s, r) => s + r.bytes, 0);
  const totalFiles = sizes.reduce((s, r) => s + r.files, 0);
  const out: string[] = [];
  out.push(`\nstatlas bench: ${atlasRoot ?? 'example atlas'} (node ${process.version})\n`);
  if (buildStats) {
    out.push(
      table(
        ['build', 'value'],
        [
          ['wall time', ms(buildStats.wallMs)],
          ['peak RSS, largest process (GNU time)', mb(buildStats.maxRssLargestProcessKb)],
          ['peak RSS, whole process tree (sampled)', mb(buildStats.peakTreeRssKb)],
        ],
      ),
    );
  } else out.push(`build: skipped (--dist ${outDir})`);
  out.push('');
  out.push(
    table(
      ['output by type', 'files', 'size'],
      [
        ...sizes.map((r) => [r.type, String(r.files), kb(r.bytes)]),
        ['total', String(totalFiles), kb(totalBytes)],
      ],
    ),
  );
  out.push('');
  out.push(`page ${page.url}: ${page.renderedFeatures} areas rendered`);
  out.push(
    table(
      ['timing (from navigation start)', 'ms'],
      [
        ['DOMContentLoaded', ms(page.domContentLoadedMs)],
        ['load event', ms(page.loadMs)],
        ['MapLibre chunk requested', ms(page.maplibreStartMs)],
        ['map ready', ms(page.mapReadyMs)],
      ],
    ),
  );
  out.push('');
  out.push(
    table(
      ['bytes fetched', 'req', 'before map raw', 'gzip', 'req', 'at map ready raw', 'gzip'],
      [...CATEGORIES, 'total' as const].map((c) => [
        c,
        String(page.beforeMap[c].requests),
        kb(page.beforeMap[c].raw),
        kb(page.beforeMap[c].gzip),
        String(page.atMapReady[c].requests),
        kb(page.atMapReady[c].raw),
        kb(page.atMapReady[c].gzip),
      ]),
    ),
  );
  console.log(out.join('\n'));

  const jsonPath = resolve(args.json ?? join(repo, 'bench-results', `${atlasName}.json`));
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(
    jsonPath,
    JSON.stringify({ atlas: atlasRoot ?? 'example', node: process.version, build: buildStats, output: { totalBytes, totalFiles, byType: sizes }, page }, null, 2) + '\n',
  );
  console.log(`\nJSON: ${jsonPath}`);

  // -------------------------------------------------------------------------------------------
  // 4. Geography (a separate script): postcode point in polygon and custom-level dissolve on the
  //    real Leicestershire data, whatever atlas was built above. Skipped, saying so, without ../shared.
  const geography = spawn(process.execPath, ['scripts/bench-geography.ts'], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const geographyCode = await new Promise<number | null>((ok, fail) => {
    geography.on('error', fail);
    geography.on('close', ok);
  });
  if (geographyCode !== 0) throw new Error(`bench: scripts/bench-geography.ts failed (exit ${geographyCode})`);
} finally {
  // Keep the site only when the caller asked for it with --out.
  await rm(scratch, { recursive: true, force: true });
}
