/**
 * British National Grid (EPSG:27700: OSGB36 datum, Airy 1830 ellipsoid, transverse Mercator)
 * to and from WGS84 longitude/latitude, with proj4. The datum shift is EPSG's seven-parameter
 * Helmert transformation (its TOWGS84), good to about 5 m: fine for showing places on a map,
 * not for surveying (Ordnance Survey's OSTN15 grid is the definitive one).
 */
import proj4 from 'proj4';

export const EPSG_27700 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

/** OSGB36 latitude/longitude (on Airy 1830), for checking the projection against OS examples. */
export const OSGB36_LONLAT = '+proj=longlat +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +no_defs';

const toWgs84 = proj4(EPSG_27700, 'WGS84');

/** Easting/northing in metres -> [longitude, latitude] in WGS84 degrees, rounded to 5 decimals (about 1 m). */
export function bngToLonLat(easting: number, northing: number): [number, number] {
  const [lon, lat] = toWgs84.forward([easting, northing]) as [number, number];
  return [round(lon, 5), round(lat, 5)];
}

/** [longitude, latitude] in WGS84 -> [easting, northing] in metres (unrounded). */
export function lonLatToBng(lon: number, lat: number): [number, number] {
  return toWgs84.inverse([lon, lat]) as [number, number];
}

/** Whether a pair could be a National Grid position at all (the grid covers 0-700 km east, 0-1300 km north). */
export function onNationalGrid(easting: number, northing: number): boolean {
  return easting >= 0 && easting <= 700_000 && northing >= 0 && northing <= 1_300_000;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
