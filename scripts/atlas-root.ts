import { resolve } from 'node:path';

/** The atlas content root: the folder named by ATLAS_ROOT, or the repository itself. */
export function atlasRoot(): string {
  return resolve(process.env.ATLAS_ROOT || new URL('..', import.meta.url).pathname);
}
