/**
 * No protected value anywhere outside the tables prefix. The example atlas carries sentinel
 * values that exist only in protected columns and a protected dataset (extract references and
 * costs: tests/helpers/built-site.ts); every byte of the public output (HTML, JavaScript, CSS,
 * JSON, CSV, TopoJSON, source maps if any, sitemap or search index if any) is read and must hold
 * none of them, while the full tables hold every one. Protected levels and indicators must have
 * no public route at all, and no password file may be in the site.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findSecretsInSite } from '../../src/gateway/write-gateway.ts';
import { exampleSentinels, findNeedles, isUnderPrefix, siteFiles } from '../helpers/built-site.ts';

const { site, gatewayDir } = inject('gateway');
const REPO = resolve(new URL('../..', import.meta.url).pathname);
const PREFIX = '/tables/';
const sentinels = exampleSentinels(REPO);
const files = siteFiles(site);
const publicFiles = files.filter((f) => !isUnderPrefix(f.path, PREFIX));
const protectedFiles = files.filter((f) => isUnderPrefix(f.path, PREFIX));

describe('the public output', () => {
  it('holds none of the sentinel values, in any byte of any file', () => {
    const leaks: string[] = [];
    let bytes = 0;
    for (const file of publicFiles) {
      bytes += file.bytes.length;
      // latin1 keeps every byte as one character, so nothing is lost to decoding.
      for (const found of findNeedles(file.bytes.toString('latin1'), sentinels)) leaks.push(`${file.path}: ${found}`);
    }
    console.log(`no-leak: ${bytes.toLocaleString('en-GB')} bytes in ${publicFiles.length} public files scanned for ${sentinels.length} sentinels; ${protectedFiles.length} protected files`);
    expect(sentinels.length).toBeGreaterThan(1000);
    expect(publicFiles.some((f) => f.path.endsWith('.js'))).toBe(true);
    expect(leaks).toEqual([]);
  });

  it('has every kind of file the site makes (so the scan covered them)', () => {
    const kinds = new Set(publicFiles.map((f) => f.path.split('.').at(-1)));
    for (const kind of ['html', 'js', 'css', 'json', 'csv', 'svg']) expect(kinds, kind).toContain(kind);
  });

  it('has no route for a protected dataset, indicator or level', () => {
    const paths = publicFiles.map((f) => f.path);
    expect(paths.filter((p) => /(^|\/)(child-protection-plans|child-protection-rate|domestic-abuse-repeat-victims)(\/|\.|$)/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('indicators/domestic-abuse-incidents/smallarea'))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('indicators/domestic-abuse-incidents/ward/'))).not.toEqual([]);
    // Nor in any small area's profile, page or CSV.
    const profiles = publicFiles.filter((f) => /^areas\/smallarea\/[^/]+(\.csv|\/index\.html)$/.test(f.path));
    expect(profiles.length).toBeGreaterThan(600);
    expect(profiles.filter((f) => /domestic-abuse|child-protection/.test(f.bytes.toString('utf8'))).map((f) => f.path)).toEqual([]);
  });

  it('lists the protected dataset in the catalogue (who holds what) without any of its figures', () => {
    const catalogue = JSON.parse(files.find((f) => f.path === 'catalogue.json')!.bytes.toString('utf8')) as { datasets: { id: string; access: string; indicators: unknown[] }[] };
    const entry = catalogue.datasets.find((d) => d.id === 'child-protection')!;
    expect(entry.access).toBe('protected');
    expect(entry.indicators).toEqual([]);
  });

  it('holds no password file and no bcrypt hash; the gateway files live beside the site', () => {
    expect(findSecretsInSite(site)).toEqual([]);
    expect(existsSync(`${gatewayDir}/nginx/statlas-gateway.conf`)).toBe(true);
    expect(files.some((f) => /netlify|_middleware|statlas-gateway/.test(f.path))).toBe(false);
  });
});

describe('the full tables', () => {
  it('hold every sentinel value', () => {
    const found = new Set<string>();
    for (const file of protectedFiles) for (const s of findNeedles(file.bytes.toString('latin1'), sentinels)) found.add(s);
    expect(sentinels.filter((s) => !found.has(s))).toEqual([]);
  });

  it('mark every page as protected and keep it out of search engines', () => {
    for (const file of protectedFiles.filter((f) => f.path.endsWith('.html'))) {
      const html = file.bytes.toString('utf8');
      expect(html, file.path).toContain('data-statlas-tier="protected"');
      expect(html, file.path).toContain('<meta name="robots" content="noindex, nofollow"');
    }
  });
});
