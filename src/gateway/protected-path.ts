/**
 * Whether a request path falls under the tables prefix, however it is spelled. Servers that
 * serve files do not all read a path the same way: some decode `%2F`, some fold case, some drop
 * trailing dots (Windows), some merge `//`. So the question is asked of the most generous
 * reading: decoded until it stops changing, backslashes as slashes, dot segments resolved, empty
 * segments dropped, trailing dots and spaces of a segment dropped, lower case. If any reading
 * could reach the prefix, the path is protected. A path that cannot be decoded is protected too.
 *
 * Used by the edge gateways (Netlify, Cloudflare), which see the raw path; nginx and Caddy do
 * this normalisation themselves before matching. This file is copied into the edge functions
 * as JavaScript, so it imports nothing.
 */
export function isProtectedPath(pathname: string, prefix: string): boolean {
  let path = pathname.split('?')[0]!.split('#')[0]!;
  for (let round = 0; ; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return true;
    }
    if (decoded === path) break;
    if (round === 4) return true; // still changing: something is being hidden
    path = decoded;
  }
  const segments: string[] = [];
  for (const raw of path.replace(/\\/g, '/').toLowerCase().split('/')) {
    const segment = raw.replace(/[.\s]+$/, (tail) => (raw === tail ? tail : ''));
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const wanted = prefix.toLowerCase().split('/').filter(Boolean);
  return wanted.every((w, i) => segments[i] === w);
}
