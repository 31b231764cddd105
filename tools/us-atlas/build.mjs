// Builds the state and county outlines embedded in IopFinder.Core (src/IopFinder.Core/Geo/Data/).
//   cd tools/us-atlas && npm ci && npm run build
// Source: the npm package us-atlas (US Census Bureau cartographic boundary files, 2017 edition,
// public domain; TopoJSON by Mike Bostock, ISC licence), read with topojson-client.
//
// Writes three gzip-compressed GeoJSON FeatureCollections, each feature with the properties
// fips, name and state (USPS code):
//   us-states.geojson.gz         states, DC and territories in lon/lat (point-in-polygon)
//   us-counties.geojson.gz       counties in lon/lat (point-in-polygon, local maps)
//   us-states-albers.geojson.gz  50 states and DC projected to Albers USA with the Alaska and
//                                Hawaii insets, in the 975x610 frame of us-atlas (national map)
// States and counties both come from counties-10m.json, whose states are merged from its
// counties: the two files share every border, so a point's state always agrees with its county.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");
const counties10m = require("us-atlas/counties-10m.json");
const statesAlbers = require("us-atlas/states-albers-10m.json");

// State FIPS code to USPS code (50 states, DC and the inhabited territories us-atlas carries).
const usps = {
  "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
  "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
  "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
  "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
  "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
  "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
  "54": "WV", "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
};

const stateCode = (fips) => {
  const code = usps[fips.slice(0, 2)];
  if (!code) throw new Error(`no USPS code for FIPS ${fips}`);
  return code;
};

// Rounds a ring's coordinates and drops the repeats that rounding makes; a ring left with
// fewer than four positions (a sliver at this precision) is dropped.
const roundRing = (ring, digits) => {
  const factor = 10 ** digits;
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // The closing position may have merged into the one before it: close the ring again.
  const [first, end] = [out[0], out[out.length - 1]];
  if (first[0] !== end[0] || first[1] !== end[1]) out.push(first);
  return out.length >= 4 ? out : null;
};

const roundGeometry = (geometry, digits) => {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const rounded = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => roundRing(ring, digits));
    if (!rings[0]) continue; // the outer ring vanished: so did the polygon
    rounded.push(rings.filter(Boolean));
  }
  if (rounded.length === 0) return null;
  return rounded.length === 1
    ? { type: "Polygon", coordinates: rounded[0] }
    : { type: "MultiPolygon", coordinates: rounded };
};

const collection = (topology, object, digits, describe) => {
  const features = [];
  for (const f of topojson.feature(topology, topology.objects[object]).features) {
    const geometry = f.geometry && roundGeometry(f.geometry, digits);
    if (!geometry) {
      console.warn(`skipped ${object} ${f.id}: no area left at this precision (degenerate in the source)`);
      continue;
    }
    features.push({ type: "Feature", properties: describe(f), geometry });
  }
  features.sort((a, b) => a.properties.fips.localeCompare(b.properties.fips));
  return { type: "FeatureCollection", features };
};

const write = (name, value) => {
  const out = new URL(`../../src/IopFinder.Core/Geo/Data/${name}`, import.meta.url);
  const json = Buffer.from(JSON.stringify(value), "utf8");
  const gz = gzipSync(json, { level: 9 });
  writeFileSync(out, gz);
  console.log(`${name}: ${value.features.length} features, ${json.length} bytes, ${gz.length} bytes gzip`);
};

// 3 decimals of a degree is about 100 m, finer than the 1:10,000,000 outlines themselves.
const state = (f) => ({ fips: f.id, name: f.properties.name, state: stateCode(f.id) });
const county = (f) => ({ fips: f.id, name: f.properties.name, state: stateCode(f.id) });
write("us-states.geojson.gz", collection(counties10m, "states", 3, state));
write("us-counties.geojson.gz", collection(counties10m, "counties", 3, county));
// One decimal of the 975x610 frame is a tenth of a pixel at that size.
write("us-states-albers.geojson.gz", collection(statesAlbers, "states", 1, state));
