/** Every pre-rendered overlay (featured pairs at each level and period they share), as Astro static paths. */
import { getAtlas } from './atlas.ts';
import { featuredOverlayViews } from '../pipeline/emit/overlay-pairs.ts';
import { periodKey } from '../pipeline/emit/period-key.ts';

export function getOverlayPaths() {
  return featuredOverlayViews(getAtlas()).map(({ x, y, level, period }) => ({
    params: { x: x.id, y: y.id, level, period: periodKey(period) },
    props: { x, y, level, period },
  }));
}
