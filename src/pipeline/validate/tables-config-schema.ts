/**
 * The `tables:` section of atlas.config.yaml: where the full tables for registered partners live
 * and how the host's gateway guards them. Its values are written into nginx, Caddy, Netlify and
 * Cloudflare configuration, so each is held to characters that cannot break out of those files.
 */
import { z } from 'zod';

/** First URL segments the public site uses; the tables prefix may not take one of them. */
export const PUBLIC_ROUTE_SEGMENTS = ['_astro', 'areas', 'catalogue', 'datasets', 'geography', 'indicators', 'overlay', 'overlays', 'request-access', 'search', 'changes', 'trends'];

export const tablesConfigSchema = z
  .object({
    prefix: z
      .string()
      .regex(/^\/(?:[a-z0-9][a-z0-9-]*\/)+$/, { error: 'must be a URL path of lower-case slugs with a slash at each end, e.g. /tables/' })
      .refine((p) => !PUBLIC_ROUTE_SEGMENTS.includes(p.split('/')[1]!), { error: `must not start with a segment the public site uses (${PUBLIC_ROUTE_SEGMENTS.join(', ')})` })
      .default('/tables/')
      .describe('URL prefix of the full tables; the gateway asks for a password on everything under it.'),
    realm: z
      .string()
      .regex(/^[A-Za-z0-9 ,.()'-]{1,80}$/, { error: 'must be up to 80 letters, digits, spaces and , . ( ) \' -' })
      .optional()
      .describe('The name browsers show in the password prompt; by default "<title> full tables".'),
    users_file: z
      .string()
      .regex(/^\/[A-Za-z0-9._/-]+$/, { error: 'must be an absolute path of letters, digits, . _ / -' })
      .default('/etc/statlas/users.htpasswd')
      .describe('Where the host keeps the bcrypt password file made by `npm run users`; the nginx and Caddy configs point here.'),
    how_to_register: z.string().min(1).optional().describe('Markdown for the request access page: who to ask and what to send.'),
  })
  .strict();

/** The default realm: the atlas title, cut to what a realm may hold. */
export function defaultRealm(title: string): string {
  const cleaned = `${title} full tables`.replace(/[^A-Za-z0-9 ,.()'-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 80) || 'Full tables';
}
