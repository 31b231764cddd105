-- A stream of distinct, realistic requests for wrk, used by tools/load/mix.sh.
--   wrk -t2 -c32 -d30s -s tools/load/mix.lua URL -- MODE DATA_FILE SEED LISTINGS THREADS
-- MODE: static (the CSS file, the yardstick), api (/api/programs?...), page (/?...), program (/programs/ID).
-- DATA_FILE: a Lua file returning {zips = {...}, terms = {condition = {...}, ...}} (mix.sh writes it from
-- the site's ZIP table and content/taxonomy.yml).
-- Searches: a real ZIP, a radius, 0-3 filters, sometimes 1-3 words (common ones and typos), page 1-3.
-- No URL repeats within a run: the threads draw from disjoint halves of the ZIPs, and each thread
-- redraws a URL it has already sent (the count of such redraws is reported; repeats= counts any it gave up on).
-- MIX_PRINT=1 in the environment prints every path sent (to look at the stream, or to replay it elsewhere).
-- MIX_ENCODING (mix.sh sets it: "br, gzip" unless told otherwise) is sent as Accept-Encoding, as browsers do.

local words = {
  "family", "therapy", "group", "support", "evening", "depression", "anxiety", "trauma", "teen", "teens",
  "adolescent", "dbt", "cbt", "medicaid", "recovery", "alcohol", "skills", "weekend", "virtual", "women",
  "veterans", "substance", "eating", "grief", "bipolar", "spanish", "psychiatrist", "counseling", "ptsd",
  "adhd", "ocd", "coping", "night", "online", "mental", "health", "addiction", "parents",
  -- typos people make
  "depresion", "anxeity", "familly", "theraphy", "tramua", "adolesent", "alchohol", "recovry", "bipoler",
  "eatting", "counceling", "psychiatrst", "suport", "evning", "addicton", "substence", "medicade", "theraphy",
}
local radii = { "10", "25", "50", "100" }
local times = { "morning", "afternoon", "evening" }
local days = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }
-- How often each kind of filter is chosen (condition and insurance most often, as on the search page).
local kinds = {
  { "condition", 6 }, { "insurance", 4 }, { "time", 3 }, { "format", 2 }, { "age", 2 }, { "modality", 2 },
  { "day", 1 }, { "language", 1 }, { "feature", 1 }, { "accreditation", 1 }, { "accepting", 1 },
}
local kind_total = 0
for _, k in ipairs(kinds) do kind_total = kind_total + k[2] end

-- Per-thread state (each wrk thread runs its own copy of this script). Globals are what done() reads
-- from each thread with thread:get.
local data, listings, nthreads, my_zips, seen, static_request, print_paths
local sent = 0
mode, redraws, repeats = "?", 0, 0

-- wrk calls setup (main state) then init (thread state) for one thread before it creates the next,
-- so the thread count comes in the arguments, not from counting setup calls.
local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

local function pick(list) return list[math.random(#list)] end

local function weighted_kind()
  local r = math.random() * kind_total
  for _, k in ipairs(kinds) do
    r = r - k[2]
    if r <= 0 then return k[1] end
  end
  return kinds[#kinds][1]
end

local function filter(kind)
  if kind == "time" then return "time=" .. pick(times) end
  if kind == "accepting" then return "accepting=true" end
  if kind == "day" then
    -- The days someone can attend: a track must meet only on these.
    local parts, start, n = {}, math.random(7), math.random(3, 6)
    for i = 0, n - 1 do parts[#parts + 1] = "day=" .. days[((start + i - 1) % 7) + 1] end
    return table.concat(parts, "&")
  end
  local ids = data.terms[kind]
  if ids == nil or #ids == 0 then return nil end
  return kind .. "=" .. pick(ids)
end

local function search_query()
  local parts = { "near=" .. pick(my_zips) }
  local r = math.random()
  local nwords = r < 0.45 and 0 or r < 0.75 and 1 or r < 0.93 and 2 or 3
  if nwords > 0 then
    local w = {}
    for i = 1, nwords do w[i] = pick(words) end
    parts[#parts + 1] = "q=" .. table.concat(w, "+")
  end
  parts[#parts + 1] = "radius=" .. pick(radii)
  r = math.random()
  local nfilters = r < 0.35 and 0 or r < 0.70 and 1 or r < 0.90 and 2 or 3
  local used = {}
  for _ = 1, nfilters do
    local kind = weighted_kind()
    if not used[kind] then
      used[kind] = true
      local f = filter(kind)
      if f then parts[#parts + 1] = f end
    end
  end
  r = math.random()
  if r >= 0.70 then parts[#parts + 1] = "page=" .. (r < 0.90 and "2" or "3") end
  return table.concat(parts, "&")
end

local function fresh(make)
  for _ = 1, 50 do
    local path = make()
    if not seen[path] then
      seen[path] = true
      return path
    end
    redraws = redraws + 1
  end
  repeats = repeats + 1
  return make()
end

init = function(args)
  mode = args[1] or "api"
  data = dofile(args[2])
  local seed = tonumber(args[3] or "1")
  listings = tonumber(args[4] or "10000")
  nthreads = tonumber(args[5] or "2")
  math.randomseed(seed * 1000 + tid)
  my_zips = {}
  for i, zip in ipairs(data.zips) do
    if (i - 1) % nthreads == tid - 1 then my_zips[#my_zips + 1] = zip end
  end
  seen = {}
  print_paths = os.getenv("MIX_PRINT") == "1"
  local encoding = os.getenv("MIX_ENCODING")
  if encoding ~= nil and encoding ~= "" then wrk.headers["Accept-Encoding"] = encoding end
  static_request = wrk.format("GET", "/css/site.css")
end

request = function()
  sent = sent + 1
  if mode == "static" then return static_request end
  local path
  if mode == "program" then
    -- Program ids are few (one per listing): thread k walks its own residue class, in a scrambled order.
    local slot = ((sent * 7919) % math.floor(listings / nthreads)) * nthreads + (tid - 1)
    path = string.format("/programs/program-%06d", slot)
  elseif mode == "page" then
    path = fresh(function() return "/?" .. search_query() end)
  else
    path = fresh(function() return "/api/programs?" .. search_query() end)
  end
  if print_paths then io.write(path, "\n") end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local total_redraws, total_repeats = 0, 0
  for _, thread in ipairs(threads) do
    total_redraws = total_redraws + (thread:get("redraws") or 0)
    total_repeats = total_repeats + (thread:get("repeats") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT mode=%s requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d redraws=%d repeats=%d\n",
    threads[1]:get("mode"), summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, total_redraws, total_repeats))
end
