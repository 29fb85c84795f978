// A point for a country or a province from its towns. GeoNames puts an area at the centre of its territory,
// not at its population centre, and our sources have no area points: the towns cover the territory, so the
// centre of the grid cells they occupy is the nearest proxy. Measured against known GeoNames points, a median
// of towns lands 1000 km off for the US and 3000 km for Russia, whose people live along one edge; averaging in
// the midpoint of the main landmass's extent pulls such countries back towards their middle.
export interface LatLon { lat: number; lon: number }

const RAD = Math.PI / 180;
export function distanceKm(a: LatLon, b: LatLon): number {
  const h = Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon);

/** Longitudes shifted into one run when the points straddle the antimeridian (Russia, Fiji, Alaska). */
function unwrap(lons: number[]): number[] {
  return Math.max(...lons) - Math.min(...lons) > 180 ? lons.map((x) => (x < 0 ? x + 360 : x)) : lons;
}

interface Cell extends LatLon { n: number }

function occupiedCells(points: LatLon[], size: number): Cell[] {
  const cells = new Map<string, Cell>();
  for (const p of points) {
    const key = `${Math.floor(p.lat / size)},${Math.floor(p.lon / size)}`;
    const c = cells.get(key);
    if (c) c.n++;
    else cells.set(key, { lat: (Math.floor(p.lat / size) + 0.5) * size, lon: (Math.floor(p.lon / size) + 0.5) * size, n: 1 });
  }
  return [...cells.values()];
}

/** Mean of the occupied cells, each weighted by its area (cos latitude), whatever its number of towns. */
function cellCentroid(points: LatLon[], size: number): LatLon {
  const cells = occupiedCells(points, size);
  const lons = unwrap(cells.map((c) => c.lon));
  let lat = 0, lon = 0, w = 0;
  cells.forEach((c, i) => { const cw = Math.cos(c.lat * RAD); lat += c.lat * cw; lon += lons[i] * cw; w += cw; });
  return { lat: lat / w, lon: wrap(lon / w) };
}

/** Midpoint of the extent of the largest group of towns no more than `gapKm` apart (drops Alaska, Hawaii, far islands). */
function mainlandMidpoint(points: LatLon[], gapKm: number): LatLon {
  const cells = occupiedCells(points, 1);
  const group = new Int32Array(cells.length).fill(-1);
  let best = 0, bestN = -1;
  for (let i = 0; i < cells.length; i++) {
    if (group[i] >= 0) continue;
    group[i] = i;
    let n = 0;
    for (const stack = [i]; stack.length > 0;) {
      const a = stack.pop()!;
      n += cells[a].n;
      for (let j = 0; j < cells.length; j++) {
        if (group[j] < 0 && distanceKm(cells[a], cells[j]) <= gapKm) { group[j] = i; stack.push(j); }
      }
    }
    if (n > bestN) [best, bestN] = [i, n];
  }
  const main = cells.filter((_, i) => group[i] === best);
  const lats = main.map((c) => c.lat);
  const lons = unwrap(main.map((c) => c.lon));
  return { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: wrap((Math.min(...lons) + Math.max(...lons)) / 2) };
}

export function countryCentre(towns: LatLon[]): LatLon {
  if (towns.length < 3) return towns[0];
  const a = cellCentroid(towns, 2), b = mainlandMidpoint(towns, 500);
  const lons = unwrap([a.lon, b.lon]);
  return { lat: (a.lat + b.lat) / 2, lon: wrap((lons[0] + lons[1]) / 2) };
}

/** Provinces are small enough that the occupied one-degree cells describe them. */
export function provinceCentre(towns: LatLon[]): LatLon {
  return towns.length < 3 ? towns[0] : cellCentroid(towns, 1);
}

/** Counties and districts: the middle of their towns' extent. */
export function districtCentre(towns: LatLon[]): LatLon {
  const lats = towns.map((t) => t.lat), lons = unwrap(towns.map((t) => t.lon));
  return { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: wrap((Math.min(...lons) + Math.max(...lons)) / 2) };
}
