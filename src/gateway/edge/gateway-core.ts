/**
 * The gateway for hosts that run code at the edge (Netlify edge functions, Cloudflare Pages
 * middleware): every request passes through; a request for anything under the tables prefix
 * needs HTTP Basic credentials that match a bcrypt hash in the users list (the same htpasswd text
 * `npm run users` writes, given to the host as the secret STATLAS_USERS). Protected responses are
 * marked `Cache-Control: private, no-store`. Without a users list it refuses every protected
 * request (fails closed).
 *
 * The build copies this file and protected-path.ts, types stripped, into one JavaScript module
 * beside the edge function (edge-source.ts), so apart from that one import it uses only web
 * platform APIs; the host wrapper passes in bcrypt's compare and the "serve the static file" step.
 */
import { isProtectedPath } from '../protected-path.ts';

export interface GatewayOptions {
  prefix: string;
  realm: string;
}

export type BcryptCompare = (password: string, hash: string) => boolean;

/** htpasswd text -> user name -> bcrypt hash. Lines that are blank, comments or not bcrypt are ignored. */
export function parseUsers(text: string): Map<string, string> {
  const users = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at <= 0 || line.startsWith('#')) continue;
    const hash = line.slice(at + 1).trim();
    if (/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash)) users.set(line.slice(0, at), hash);
  }
  return users;
}

/** The user an `Authorization: Basic ...` header proves, or null. */
export function basicAuthUser(header: string | null, users: Map<string, string>, compare: BcryptCompare): string | null {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header ?? '');
  if (!match) return null;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(match[1]!), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const at = decoded.indexOf(':');
  if (at <= 0) return null;
  const user = decoded.slice(0, at);
  const hash = users.get(user);
  if (!hash) {
    // Spend the same time as for a real user, so timing does not tell which names exist.
    compare(decoded.slice(at + 1), '$2b$10$FEOoSZ.NkAq60d31VQwOJeK1JHSqcl5NS30c3tkC3oTwM651tyscm');
    return null;
  }
  return compare(decoded.slice(at + 1), hash) ? user : null;
}

const PRIVATE = 'private, no-store';

/**
 * bcrypt at cost 10 takes tens of milliseconds of CPU, and a page of the tables is several
 * requests, so a proven header is remembered for a few minutes in this isolate (by a SHA-256 of
 * the header and the users list, so a changed list forgets everyone).
 */
const proven = new Map<string, { user: string; until: number }>();
const REMEMBER_MS = 5 * 60 * 1000;

async function provenUser(header: string | null, usersText: string, compare: BcryptCompare): Promise<string | null> {
  if (!header) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${header}\n${usersText}`));
  const key = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  const now = Date.now();
  const hit = proven.get(key);
  if (hit && hit.until > now) return hit.user;
  const user = basicAuthUser(header, parseUsers(usersText), compare);
  if (user) {
    if (proven.size > 1000) proven.clear();
    proven.set(key, { user, until: now + REMEMBER_MS });
  }
  return user;
}

/** Handles one request: passes public ones to `next`, guards protected ones. */
export async function guard(request: Request, options: GatewayOptions, usersText: string | undefined, compare: BcryptCompare, next: () => Promise<Response>): Promise<Response> {
  const url = new URL(request.url);
  if (!isProtectedPath(url.pathname, options.prefix)) return next();
  const headers = { 'Cache-Control': PRIVATE, 'X-Robots-Tag': 'noindex, nofollow', 'Content-Type': 'text/plain; charset=utf-8' };
  if (!usersText) return new Response('The full tables are not available: the gateway has no users (set STATLAS_USERS).\n', { status: 503, headers });
  const user = await provenUser(request.headers.get('Authorization'), usersText, compare);
  if (!user) {
    return new Response('Registered partners only: sign in with your user name and password.\n', {
      status: 401,
      headers: { ...headers, 'WWW-Authenticate': `Basic realm="${options.realm}", charset="UTF-8"` },
    });
  }
  const response = await next();
  const guarded = new Response(response.body, response);
  guarded.headers.set('Cache-Control', PRIVATE);
  guarded.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return guarded;
}
