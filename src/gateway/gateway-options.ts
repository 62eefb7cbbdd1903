/** What every gateway configuration is made from: the `tables:` settings and the atlas title. */
export interface GatewayOptions {
  /** URL prefix of the full tables, e.g. `/tables/`. */
  prefix: string;
  /** The name browsers show in the password prompt. */
  realm: string;
  /** Absolute path of the bcrypt password file on the host (`npm run users`). */
  usersFile: string;
  /** The atlas title, for comments. */
  title: string;
}

/** The Caddy form of the users file sits beside the htpasswd one: `users.htpasswd` -> `users.caddy`. */
export function caddyUsersFile(usersFile: string): string {
  return `${usersFile.replace(/\.htpasswd$/, '')}.caddy`;
}

/** The prefix as a regular-expression fragment without slashes: `/partners/tables/` -> `partners/tables`. */
export function prefixPattern(prefix: string): string {
  return prefix.replace(/^\/+|\/+$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
