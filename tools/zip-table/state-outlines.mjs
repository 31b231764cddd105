// The outline of each state, DC and territory, from the Census outlines Core already embeds
// (tools/us-atlas), so a ZIP row can be checked against the state it claims.
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

// A ZIP centroid is the centre of the ZIP's area; on an island, a cape or a river border it can
// fall outside the 1:10,000,000 outline (Monhegan, ME lies 6 miles off the drawn coast). Eight
// miles allows that; a flipped sign, a point in a lake or the sea, or a row of the wrong state is
// farther. The same tolerance is tested in tests/IopFinder.Core.Tests/Geo/ZipTableOutlineTests.cs.
export const TOLERANCE_MILES = 8;
const MILES_PER_DEGREE = 69.05;

// Alaska's Aleutian Islands cross the 180th meridian: a few of its points have longitudes near
// +172 to +180. In Alaska a longitude east of Greenwich is read as degrees west of that meridian
// (lon - 360), so Alaska is one range, -191° to -130°, not the whole globe.
const wrapsAntimeridian = (state) => state === "AK";
const unwrap = (state, lon) => (wrapsAntimeridian(state) && lon > 0 ? lon - 360 : lon);

export function readStateOutlines(outlinePath) {
  const outlines = JSON.parse(gunzipSync(readFileSync(outlinePath)).toString("utf8"));
  const states = new Map();
  for (const feature of outlines.features) {
    const state = feature.properties.state;
    const entry = states.get(state) ?? { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity, polygons: [] };
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) {
      const rings = polygon.map((ring) => ring.map(([lon, lat]) => [unwrap(state, lon), lat]));
      for (const [lon, lat] of rings[0]) {
        entry.minLon = Math.min(entry.minLon, lon);
        entry.maxLon = Math.max(entry.maxLon, lon);
        entry.minLat = Math.min(entry.minLat, lat);
        entry.maxLat = Math.max(entry.maxLat, lat);
      }
      entry.polygons.push(rings);
    }
    states.set(state, entry);
  }
  return states;
}

// Why a row cannot be the place it claims, or null when it may be. Longitudes of the states are
// west of Greenwich (negative) except Alaska's Aleutians; Guam and the Northern Marianas are east.
export function rejection(states, state, lat, lon) {
  const outline = states.get(state);
  if (!outline) return "no US state or territory (military post, freely associated state)";
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return "no coordinates";
  if (outline.maxLon < 0 && lon > 0 && !wrapsAntimeridian(state)) return "longitude east of Greenwich (sign flipped)";
  const x = unwrap(state, lon);
  const margin = TOLERANCE_MILES / MILES_PER_DEGREE / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  if (lat < outline.minLat - margin || lat > outline.maxLat + margin || x < outline.minLon - margin || x > outline.maxLon + margin) {
    return `outside ${state}'s bounding box`;
  }
  if (outline.polygons.some((rings) => inside(rings, x, lat))) return null;
  const miles = milesToEdge(outline.polygons, x, lat);
  return miles > TOLERANCE_MILES ? `more than ${TOLERANCE_MILES} miles outside ${state}'s outline` : null;
}

// Even-odd rule over a polygon's rings: inside the outer ring and not in a hole.
function inside(rings, x, y) {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

// Miles to the nearest edge, on a plane scaled at the point's latitude (exact enough within tens of miles).
function milesToEdge(polygons, x, y) {
  const kx = MILES_PER_DEGREE * Math.cos((y * Math.PI) / 180);
  const ky = MILES_PER_DEGREE;
  let best = Infinity;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - x) * kx, ay = (ring[i - 1][1] - y) * ky;
        const bx = (ring[i][0] - x) * kx, by = (ring[i][1] - y) * ky;
        const dx = bx - ax, dy = by - ay;
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}
