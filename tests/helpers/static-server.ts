/**
 * A tiny static file server for a built `dist/` folder, for browser tests and the benchmark.
 *
 * Why not `astro preview`: it needs the Astro config and a project around the folder, and a
 * fixture atlas built into a temp dir has neither. Why not a package: this is ~100 lines with
 * node:http and has no behaviour we would want to configure. It listens on 127.0.0.1 only
 * (TOOLING.md: never expose test servers) on an ephemeral port chosen by the OS, so parallel
 * runs never collide.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types for everything an atlas build emits. Unknown extensions are served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

/** The MIME type for a file name (by its last extension), defaulting to opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Stops listening and drops keep-alive connections so the test process can exit. */
  close(): Promise<void>;
}

/**
 * Maps a request path onto a file under `root`, or returns null when the path is malformed or
 * would escape the root (`..`, encoded `%2e%2e`, NUL bytes, backslashes).
 */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(join(base, decoded));
  // Compare with a trailing separator so `/dist-other` cannot pass as inside `/dist`.
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

/**
 * Serves `root` on 127.0.0.1. Directories answer with their `index.html` (Astro's directory
 * format: `/catalogue/` -> `catalogue/index.html`); a directory without its trailing slash is
 * redirected to it, as real static hosts do, so relative links resolve the same way.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const rawPath = (req.url ?? '/').split('?')[0]!;
    let file = resolveRequestPath(base, rawPath);
    if (file === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request\n');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        const query = (req.url ?? '').slice(rawPath.length);
        res.writeHead(301, { Location: rawPath + '/' + query }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(info.size),
      // Tests must see every request the page makes, so nothing may come from a cache.
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
