/**
 * The build's gateway step (file I/O; the serialisers it calls are pure): works out the gateway
 * options from atlas.config.yaml, writes every gateway file into a folder beside the site, and
 * checks that nothing secret ended up in the site itself.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { readAtlasConfig } from '../pipeline/read/read-atlas-config.ts';
import { edgeSource } from './edge-source.ts';
import { gatewayFiles } from './gateway-files.ts';
import type { GatewayOptions } from './gateway-options.ts';

/** `dist` -> `dist-gateway`: the gateway files live beside the site, never inside it. */
export function gatewayDirFor(siteDir: string): string {
  return `${siteDir.replace(/\/+$/, '')}-gateway`;
}

/**
 * Options from the atlas config. STATLAS_USERS_FILE, when set, replaces `tables.users_file`
 * (a host, a preview or a test keeping its password file somewhere else).
 */
export function gatewayOptionsFor(root: string, env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const config = readAtlasConfig(root);
  const override = env.STATLAS_USERS_FILE;
  if (override !== undefined && (!isAbsolute(override) || !/^\/[A-Za-z0-9._/-]+$/.test(override))) {
    throw new Error(`STATLAS_USERS_FILE must be an absolute path of letters, digits, . _ / - (got "${override}")`);
  }
  return { prefix: config.tables.prefix, realm: config.tables.realm, usersFile: override || config.tables.usersFile, title: config.title };
}

export function writeGateway(dir: string, options: GatewayOptions): string[] {
  const files = gatewayFiles(options, edgeSource());
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return Object.keys(files);
}

const BCRYPT_HASH = /\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}/;

/** Files in the built site that look like a password file or hold a bcrypt hash (there must be none). */
/** A national site is a gigabyte: look for the hash prefix with a native byte search before the regex. */
function holdsBcryptHash(bytes: Buffer): boolean {
  return bytes.indexOf('$2') >= 0 && BCRYPT_HASH.test(bytes.toString('latin1'));
}

export function findSecretsInSite(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(htpasswd|caddy)$|^\.?htpasswd$/i.test(name) || holdsBcryptHash(readFileSync(path))) found.push(relative(siteDir, path));
    }
  };
  walk(siteDir);
  return found.sort();
}
