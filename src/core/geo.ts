/** A point on the map, in degrees (WGS84). */
export interface Point {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_MILES = 3958.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The distance between two points as the crow flies, in miles (haversine). */
export function distanceMiles(a: Point, b: Point): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "0.3 miles", "1 mile", "1.2 miles", "12 miles": tenths below ten miles, whole miles above. */
export function formatMiles(miles: number): string {
  const shown = miles < 10 ? Math.max(0.1, Math.round(miles * 10) / 10).toFixed(1) : String(Math.round(miles));
  return shown === '1.0' ? '1 mile' : `${shown} miles`;
}

/** The centre of some points (their mean: fine over the few miles of a postcode district). */
export function centreOf(points: readonly Point[]): Point {
  const sum = points.reduce((total, point) => ({ lat: total.lat + point.lat, lng: total.lng + point.lng }), { lat: 0, lng: 0 });
  return { lat: sum.lat / points.length, lng: sum.lng / points.length };
}
