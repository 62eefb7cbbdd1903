/**
 * The invented facts of Wyvernshire, a county that does not exist: its towns, the names its
 * areas are built from and how many areas of each kind it has. Nothing here describes a real
 * place; the coordinates merely sit in the English Midlands so the map looks familiar.
 */
import type { Town } from './geometry.ts';

export const COUNTY = 'Wyvernshire';
export const SMALL_AREA_COUNT = 350;
export const WARD_COUNT = 50;
export const DISTRICT_COUNT = 7;

/**
 * Towns, in kilometres from the county's centre. Deprivation differs by town on purpose: an
 * ex-industrial town (Caldwick) is the most deprived, a market town (Ashenford) barely at all.
 */
export const TOWNS: readonly Town[] = [
  { name: 'Wyvernbridge', at: { x: -2, y: 3 }, peak: 40, spread: 2.6, deprivation: 1.4 },
  { name: 'Caldwick', at: { x: 11, y: -13 }, peak: 25, spread: 2.0, deprivation: 2.2 },
  { name: 'Merrowby', at: { x: 10, y: 12 }, peak: 14, spread: 1.6, deprivation: 0.9 },
  { name: 'Ashenford', at: { x: -12, y: 10 }, peak: 12, spread: 1.5, deprivation: 0.1 },
];

/** Districts without a town are named after their countryside. */
export const RURAL_DISTRICT_NAMES = ['Marlow Vale', 'Fennick Wolds', 'Ravensmere'];

/** Ward names outside the towns are compounds of these, e.g. "Kestrelford", "Larch and Wrenby". */
export const NAME_STARTS = [
  'Alder', 'Badger', 'Bramble', 'Clover', 'Cobble', 'Dunning', 'Ember', 'Farrow', 'Gilder', 'Heron',
  'Kestrel', 'Larch', 'Linnet', 'Marten', 'Merlin', 'Nettle', 'Orchard', 'Plover', 'Quarry', 'Rook',
  'Sorrel', 'Tansy', 'Teasel', 'Umber', 'Vetch', 'Wren', 'Yew',
];
export const NAME_ENDS = ['brook', 'by', 'combe', 'dale', 'field', 'ford', 'gate', 'holt', 'hurst', 'ley', 'mere', 'stead', 'thorpe', 'ton', 'well', 'wick'];
