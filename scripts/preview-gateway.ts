/**
 * `npm run preview:gateway [-- --server nginx|caddy] [--port 8080] [--out dist] [--file PATH]`
 *
 * Serves the built site on http://127.0.0.1:<port>/ through a real nginx (default) or Caddy with
 * the gateway configuration the build generated, so an author sees what the public sees and,
 * after signing in, what a registered partner sees. Users come from --file or
 * STATLAS_USERS_FILE (make them with `npm run users`); when given, the gateway files are
 * regenerated for that path with the same serialisers the build uses, otherwise the build's
 * <out>-gateway/ folder is used as written. Stops the server on Ctrl-C.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { atlasRoot } from './atlas-root.ts';
import { startLocalGateway, type ServerKind } from '../src/gateway/local-server.ts';
import { gatewayDirFor, gatewayOptionsFor, writeGateway } from '../src/gateway/write-gateway.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({
  options: { server: { type: 'string', default: 'nginx' }, port: { type: 'string', default: '8080' }, out: { type: 'string', default: join(repo, 'dist') }, file: { type: 'string' } },
});
const kind = values.server as ServerKind;
if (kind !== 'nginx' && kind !== 'caddy') throw new Error('--server must be nginx or caddy');
const siteDir = resolve(values.out!);
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`preview:gateway: no built site in ${siteDir}: run \`npm run build\` first`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'statlas-gateway-preview-'));
const usersFile = values.file ?? process.env.STATLAS_USERS_FILE;
let gatewayDir = gatewayDirFor(siteDir);
if (usersFile) {
  gatewayDir = join(work, 'gateway');
  writeGateway(gatewayDir, gatewayOptionsFor(atlasRoot(), { ...process.env, STATLAS_USERS_FILE: resolve(usersFile) }));
} else if (!existsSync(gatewayDir)) {
  console.error(`preview:gateway: no gateway configuration in ${gatewayDir}: run \`npm run build\` first`);
  process.exit(1);
}
const options = gatewayOptionsFor(atlasRoot(), usersFile ? { STATLAS_USERS_FILE: resolve(usersFile) } : process.env);
if (!existsSync(options.usersFile)) console.warn(`preview:gateway: ${options.usersFile} does not exist yet: add a user with \`npm run users -- add <name> --file ${options.usersFile}\``);

const server = await startLocalGateway({ kind, siteDir, gatewayDir, workDir: work, port: Number(values.port) });
console.log(`preview:gateway: ${kind} (pid ${server.pid}) serves ${siteDir} at ${server.url}`);
console.log(`preview:gateway: ${server.url}${options.prefix.slice(1)} asks for a user from ${options.usersFile}. Ctrl-C stops it.`);
const shutdown = async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
