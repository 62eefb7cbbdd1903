/** Every area of every level, as Astro static paths; shared by the profile page and its CSV. */
import { getAtlas } from './atlas.ts';

export function getAreaPaths() {
  return getAtlas().levels.flatMap((level) => level.areas.map((area) => ({ params: { level: level.id, code: area.code }, props: { area } })));
}
