/**
 * Runs a real nginx or Caddy on 127.0.0.1 over a built site with the generated gateway
 * configuration, as a host would: the host's part (listen address, site root, logs, temporary
 * folders) is written here; the gateway part is the generated file, included as written. Used by
 * `npm run preview:gateway` and by tests/gateway. Starts processes and writes files: not pure.
 *
 * Each server is started directly (no shell), known by its PID, stopped by that PID, and listens
 * on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

export type ServerKind = 'nginx' | 'caddy';

export interface LocalGatewayOptions {
  kind: ServerKind;
  /** The built site (the web root). */
  siteDir: string;
  /** The gateway folder the build wrote beside the site. */
  gatewayDir: string;
  /** A folder for the server's config, logs and state. */
  workDir: string;
  /** 0 (default): a free port. */
  port?: number;
}

export interface LocalGateway {
  kind: ServerKind;
  url: string;
  port: number;
  pid: number;
  /** Everything the server wrote to its logs so far, for error messages. */
  logs(): string;
  stop(): Promise<void>;
}

const BINARIES: Record<ServerKind, string[]> = { nginx: ['/usr/sbin/nginx', '/usr/bin/nginx'], caddy: ['/usr/bin/caddy', '/usr/local/bin/caddy'] };

export function serverBinary(kind: ServerKind): string | null {
  return BINARIES[kind].find((path) => existsSync(path)) ?? null;
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** The host's nginx.conf around the generated include. */
export function nginxHostConfig(o: { port: number; siteDir: string; gatewayDir: string; workDir: string; runAsRoot: boolean }): string {
  const tmp = (name: string) => join(o.workDir, 'tmp', name);
  return `# statlas local gateway preview: the host's part. The gateway rules are the generated include.
${o.runAsRoot ? 'user root;\n' : ''}worker_processes auto;
daemon off;
pid ${join(o.workDir, 'nginx.pid')};
error_log ${join(o.workDir, 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    types { text/csv csv; }
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${tmp('body')};
    proxy_temp_path ${tmp('proxy')};
    fastcgi_temp_path ${tmp('fastcgi')};
    uwsgi_temp_path ${tmp('uwsgi')};
    scgi_temp_path ${tmp('scgi')};
    server {
        listen 127.0.0.1:${o.port};
        server_name localhost;
        root ${o.siteDir};
        include ${join(o.gatewayDir, 'nginx/statlas-gateway.conf')};
    }
}
`;
}

/** The host's Caddyfile around the generated import. */
export function caddyHostConfig(o: { port: number; siteDir: string; gatewayDir: string; workDir: string }): string {
  return `# statlas local gateway preview: the host's part. The gateway rules are the generated import.
{
	admin off
	auto_https off
	storage file_system ${join(o.workDir, 'data')}
}

# Any host name: the gateway rules, not host matching, must refuse what they should.
http://:${o.port} {
	bind 127.0.0.1
	root * ${o.siteDir}
	import ${join(o.gatewayDir, 'caddy/statlas-gateway.caddy')}
	file_server
}
`;
}

export async function startLocalGateway(options: LocalGatewayOptions): Promise<LocalGateway> {
  const binary = serverBinary(options.kind);
  if (!binary) throw new Error(`${options.kind} is not installed: apt-get install -y ${options.kind}`);
  const port = options.port || (await freePort());
  const work = join(options.workDir, options.kind);
  mkdirSync(join(work, 'tmp'), { recursive: true });
  let child: ChildProcess;
  let output = '';
  if (options.kind === 'nginx') {
    const conf = join(work, 'nginx.conf');
    writeFileSync(conf, nginxHostConfig({ port, siteDir: options.siteDir, gatewayDir: options.gatewayDir, workDir: work, runAsRoot: process.getuid?.() === 0 }));
    child = spawn(binary, ['-c', conf, '-p', work, '-e', join(work, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  } else {
    const conf = join(work, 'Caddyfile');
    writeFileSync(conf, caddyHostConfig({ port, siteDir: options.siteDir, gatewayDir: options.gatewayDir, workDir: work }));
    // Caddy keeps state under $HOME and XDG folders: point them at the work folder.
    const env = { ...process.env, HOME: work, XDG_CONFIG_HOME: join(work, 'config'), XDG_DATA_HOME: join(work, 'data') };
    child = spawn(binary, ['run', '--config', conf, '--adapter', 'caddyfile'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  }
  child.stdout!.on('data', (d: Buffer) => (output += d));
  child.stderr!.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const logs = () => {
    const errorLog = join(work, 'error.log');
    return output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!done) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  const ready = await waitForPort(port, 10_000, () => child.exitCode !== null);
  if (!ready) {
    await stop();
    throw new Error(`${options.kind} did not start on 127.0.0.1:${port}:\n${logs().slice(-3000)}`);
  }
  return { kind: options.kind, url: `http://127.0.0.1:${port}/`, port, pid: child.pid!, logs, stop };
}

function delay(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

async function waitForPort(port: number, timeoutMs: number, gaveUp: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gaveUp()) {
    const open = await new Promise<boolean>((ok) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        ok(true);
      });
      socket.once('error', () => ok(false));
      socket.setTimeout(500, () => {
        socket.destroy();
        ok(false);
      });
    });
    if (open) return true;
    await delay(100);
  }
  return false;
}
