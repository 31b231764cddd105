#!/usr/bin/env bash
# What users do, measured against a static file served by the same process in the same run.
#
#   tools/load/mix.sh [SECONDS]            10,000 listings: start-up (STARTS times), then wrk -t2 -c32 for
#                                          SECONDS (default 30) over each stream: the static CSS file, distinct
#                                          API searches, distinct search pages, program pages, the CSS file again;
#                                          then the search page's size and the first view's bytes.
#   tools/load/mix.sh startup [LISTINGS]   start-up time and memory only (default 50,000 listings).
#   tools/load/mix.sh sizes [CONTENT]      page weight only, on a catalog folder (default content/, the real
#                                          catalog): the search pages as sent, and their parts (filters, cards, map).
#   tools/load/mix.sh data FILE            only write the streams' vocabulary for mix.lua (to run wrk by hand,
#                                          e.g. under a profiler: wrk ... -s tools/load/mix.lua URL -- page FILE 1 10000 2).
#
# Environment: ROUNDS (1) repeats the wrk streams and prints medians; STARTS (3) process starts measured
# (the first parses every listing file, the later ones find the parsed listings in the snapshot the first
# left); EDITS (5) edits timed from the file write to the change being served; WARMUP (10) seconds of
# each search stream before measuring; LISTINGS (10000) for the mix; PORT (5098); ENCODING ("br, gzip",
# what browsers accept; empty for uncompressed answers) sent as Accept-Encoding by every stream.
# Every figure is printed on a line starting with an upper-case tag (START, MEMORY, RESULT, RATIO, SIZE).
# RESULT lines also give the server's CPU time per request (from /proc), which other work on the
# machine disturbs less than requests per second.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ ${1:-} == startup ]]; then
  mode=startup
  listings=${2:-50000}
elif [[ ${1:-} == sizes ]]; then
  mode=sizes
  listings=100
  sizes_content=${2:-content}
elif [[ ${1:-} == data ]]; then
  mode=data
  listings=10000
  data_out=${2:?usage: tools/load/mix.sh data FILE}
else
  mode=mix
  seconds=${1:-30}
  listings=${LISTINGS:-10000}
fi
[[ $listings =~ ^[0-9]+$ && $listings -ge 100 ]] || { echo "LISTINGS must be a whole number of at least 100" >&2; exit 2; }
[[ $mode != mix || $seconds =~ ^[0-9]+$ ]] || { echo "SECONDS must be a whole number" >&2; exit 2; }
starts=${STARTS:-3}
edits=${EDITS:-5}
export MIX_ENCODING=${ENCODING-br, gzip}
rounds=${ROUNDS:-1}
warmup=${WARMUP:-10}
port=${PORT:-5098}
threads=2
connections=32
base="http://127.0.0.1:$port"
source tools/load/site.sh

if [[ $mode == mix ]] && ! command -v wrk >/dev/null; then
  echo "wrk is not installed; installing it with apt-get" >&2
  { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || true
  command -v wrk >/dev/null || { echo "wrk is missing and could not be installed (apt-get install wrk)" >&2; exit 1; }
fi
if [[ $mode != data ]] && curl -s -o /dev/null --max-time 2 "$base/"; then
  echo "port $port is already in use: stop what runs there or set PORT" >&2
  exit 1
fi

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# The requests' vocabulary: a sample of real ZIPs from the site's own table, and the taxonomy's ids.
write_data() { # FILE
  {
    echo "return {"
    echo "  zips = {"
    zcat src/IopFinder.Core/Geo/Data/us-zips.tsv.gz | awk -F'\t' 'BEGIN {srand(12)} NR > 1 && $4 != "" && rand() < 0.08 {printf "    \"%s\",\n", $1}'
    echo "  },"
    echo "  terms = {"
    awk '
      /^[a-z_]+:/ {vocabulary = substr($1, 1, length($1) - 1)}
      /^  - id:/ {ids[vocabulary] = ids[vocabulary] sprintf("\"%s\", ", $3)}
      END {
        split("condition=conditions modality=modalities format=formats insurance=insurance age=ages language=languages accreditation=accreditation feature=features", pairs, " ")
        for (i in pairs) {split(pairs[i], kv, "="); printf "    [\"%s\"] = { %s},\n", kv[1], ids[kv[2]]}
      }' content/taxonomy.yml
    echo "  },"
    echo "}"
  } >"$1"
}
if [[ $mode == data ]]; then
  write_data "$data_out"
  echo "wrote $data_out"
  exit 0
fi
write_data "$work/mix-data.lua"
zip_count=$(grep -c '^    "[0-9]' "$work/mix-data.lua")

# Bytes: the search page as sent (curl --compressed asks for gzip, deflate, br, zstd) and what compression would give.
page_size() {
  local url=$base$1 raw wire encoding gz br=""
  raw=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  wire=$(curl -s --compressed -o /dev/null -w '%{size_download}' "$url")
  encoding=$(curl -s --compressed -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
  gz=$(curl -s "$url" | gzip -9 | wc -c)
  command -v brotli >/dev/null && br=" brotli_would_be=$(curl -s "$url" | brotli -c | wc -c)"
  echo "SIZE $1 html_bytes=$raw sent_bytes=$wire content_encoding=${encoding:-none} gzip9_would_be=$gz$br"
}
# What the page's bytes are made of: the filter panel, the result cards, the map and its list of states.
page_parts() { curl -s "$base$1" | python3 tools/load/page-parts.py "$1"; }

echo "building: dotnet publish (Release, ReadyToRun) and a $listings-listing catalog" >&2
# ReadyToRun: the app and its libraries compiled ahead of time, as the Dockerfile publishes them.
dotnet publish src/IopFinder.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" --nologo -v quiet >/dev/null
if [[ $mode == sizes ]]; then
  ln -s "$(realpath "$sizes_content")" "$work/content"
else
  dotnet run -c Release --project bench/IopFinder.Benchmarks -- generate "$listings" "$work/content" >/dev/null
fi

# Start the server; the time from process start to the first successful search answer.
start_server() {
  local t0 t1
  t0=$(date +%s%N)
  dotnet "$work/app/IopFinder.Web.dll" --content "$work/content" --urls "$base" --Catalog:SnapshotPath "$work/snapshots" \
    --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$base/api/programs?near=02139"; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "the server stopped during start-up:" >&2
      cat "$work/server.log" >&2
      exit 1
    fi
    if (( ($(date +%s%N) - t0) / 1000000000 > 300 )); then
      echo "no answer within 300 s" >&2
      exit 1
    fi
    sleep 0.02
  done
  t1=$(date +%s%N)
  startup_ms=$(((t1 - t0) / 1000000))
}

if [[ $mode == sizes ]]; then
  start_server
  for u in "/" "/?q=family+therapy&page=2" "/?near=02139" "/?near=60614&insurance=medicaid&time=evening" "/?near=10001&q=family+therapy&radius=50&condition=depression"; do
    page_size "$u"
    page_parts "$u"
  done
  exit 0
fi

start_ms=() rss_first=() page_first_ms=() rss_searched=()
for i in $(seq 1 "$starts"); do
  start_server
  start_ms+=("$startup_ms")
  rss_first+=("$(rss_mb)")
  # The first search page also compiles and runs the Razor views for the first time.
  page_first_ms+=("$(curl -s -o /dev/null -w '%{time_total}' "$base/?near=02139" | awk '{printf "%d", $1 * 1000}')")
  for q in "near=10001&q=family+therapy" "near=60606&radius=50&condition=depression&insurance=medicaid" \
    "near=94105&q=depresion&time=evening" "near=30301&q=group+support+evening&page=2" "q=anxeity+therapy&format=virtual"; do
    curl -sf -o /dev/null "$base/api/programs?$q"
    curl -sf -o /dev/null "$base/?$q"
  done
  rss_searched+=("$(rss_mb)")
  echo "START run $i ($( ((i == 1)) && echo "no snapshot: every file parsed" || echo "snapshot of run 1")): first answer ${startup_ms} ms; first search page then ${page_first_ms[-1]} ms; rss_mb ${rss_first[-1]} at first answer, ${rss_searched[-1]} after 10 searches" >&2
  if [[ $i -lt $starts ]]; then stop_server; fi
done
later=("${start_ms[@]:1}")
echo "START listings=$listings runs=$starts first_answer_ms: ${start_ms[*]} (run 1 parsed every file: ${start_ms[0]}; later runs from the snapshot, median $(median "${later[@]:-${start_ms[0]}}")); first search page after it: ${page_first_ms[*]} ms (median $(median "${page_first_ms[@]}"))"

# Edits: a listing file rewritten with a new name, timed until the program's API answer has it, then
# until a search for the new word finds it (words are indexed in the background after each change).
edit_ms=() words_ms=()
for e in $(seq 1 "$edits"); do
  id=$(printf 'program-%06d' $((e * 1237 % listings)))
  token="edited${e}x$RANDOM"
  file="$work/content/programs/$id.md"
  t0=$(date +%s%N)
  sed -i "s/^name: .*/name: \"Renamed $token\"/" "$file"
  until curl -sf "$base/api/programs/$id" | grep -q "$token"; do
    (( ($(date +%s%N) - t0) / 1000000000 > 30 )) && { echo "edit $e not served within 30 s" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  until curl -sf "$base/api/programs?q=$token" | grep -q "\"$id\""; do
    (( ($(date +%s%N) - t0) / 1000000000 > 30 )) && { echo "edit $e not found by its words within 30 s" >&2; exit 1; }
    sleep 0.01
  done
  t2=$(date +%s%N)
  edit_ms+=($(((t1 - t0) / 1000000)))
  words_ms+=($(((t2 - t0) / 1000000)))
done
echo "EDIT listings=$listings edits=$edits file written → served: ${edit_ms[*]} ms (median $(median "${edit_ms[@]}")); → found by its new words: ${words_ms[*]} ms (median $(median "${words_ms[@]}")) (the reload waits for the folder to be quiet for Catalog:ReloadDebounceMilliseconds, 400 ms by default)"
echo "MEMORY listings=$listings rss_mb at first answer: ${rss_first[*]} (median $(median "${rss_first[@]}")); after 10 searches: ${rss_searched[*]} (median $(median "${rss_searched[@]}")); after the edits: $(rss_mb)"
[[ $mode == startup ]] && exit 0

# The server's CPU time (user + system, in clock ticks): CPU per request holds up better than
# requests per second when other work shares the machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
run_wrk() { # MODE SEED DURATION
  local before after line
  before=$(cpu_ticks)
  wrk -t"$threads" -c"$connections" -d"$3"s --timeout 10s -s tools/load/mix.lua "$base" -- "$1" "$work/mix-data.lua" "$2" "$listings" "$threads" >"$work/wrk.txt" 2>&1 || true
  after=$(cpu_ticks)
  line=$(grep '^RESULT' "$work/wrk.txt") || { echo "wrk failed:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
  echo "$line server_cpu_ms_per_request=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v r="$(field requests "$line")" 'BEGIN {printf "%.3f", t * 1000 / hz / r}')"
}

echo "warming up: $warmup s of each stream" >&2
for m in static api page program; do run_wrk "$m" 1 "$warmup" >/dev/null; done
echo "MEMORY rss_mb after warm-up: $(rss_mb)"

declare -A rps p50 p99 ratio cpu
bad=0
for r in $(seq 1 "$rounds"); do
  k=0
  for m in static api page program static2; do
    k=$((k + 1))
    line=$(run_wrk "${m%2}" $((10 * r + k)) "$seconds")
    echo "$line round=$r"
    rps[$m,$r]=$(field rps "$line")
    p50[$m,$r]=$(field p50_ms "$line")
    p99[$m,$r]=$(field p99_ms "$line")
    cpu[$m,$r]=$(field server_cpu_ms_per_request "$line")
    bad=$((bad + $(field non2xx "$line") + $(field socket_errors "$line")))
  done
  yardstick=$(awk -v a="${rps[static,$r]}" -v b="${rps[static2,$r]}" 'BEGIN {print (a + b) / 2}')
  for m in api page program; do ratio[$m,$r]=$(awk -v x="${rps[$m,$r]}" -v s="$yardstick" 'BEGIN {printf "%.3f", x / s}'); done
  echo "RATIO round=$r static_rps=$yardstick (before ${rps[static,$r]}, after ${rps[static2,$r]}) api=${ratio[api,$r]} page=${ratio[page,$r]} program=${ratio[program,$r]}"
done
echo "MEMORY rss_mb at the end: $(rss_mb)"

for u in "/" "/?near=02139" "/?near=10001&q=family+therapy&radius=50&condition=depression"; do
  page_size "$u"
  page_parts "$u"
done
first_view=$(curl -s --compressed -o /dev/null -w '%{size_download}' "$base/?near=02139")
assets=$(curl -s "$base/?near=02139" | grep -oE '(href|src)="/[^"]*\.(css|js)(\?[^"]*)?"' | sed -E 's/^(href|src)="//; s/"$//' | sed 's/&amp;/\&/g')
for a in $assets; do
  bytes=$(curl -s --compressed -o /dev/null -w '%{size_download}' "$base$a")
  cache=$(curl -s -D - -o /dev/null "$base$a" | tr -d '\r' | awk -F': ' 'tolower($1) == "cache-control" {print $2}')
  echo "SIZE asset $a sent_bytes=$bytes cache_control=${cache:-none}"
  first_view=$((first_view + bytes))
done
echo "SIZE first view (/?near=02139 + its CSS and JS, as sent): $first_view bytes"

# The table for the README: medians over the rounds.
med() { local m=$1 what=$2 values=() r; for r in $(seq 1 "$rounds"); do values+=("$(eval "echo \${$what[$m,$r]}")"); done; median "${values[@]}"; }
echo
echo "Listings: $listings; wrk -t$threads -c$connections, $seconds s a stream, $rounds round(s), medians; $zip_count ZIPs in the sample."
# Cores busy = requests/s × CPU per request: well under 2 means the server waited (on locks, or on
# other work sharing the machine, wrk included).
cores() { awk -v r="$(med "$1" rps)" -v c="$(med "$1" cpu)" 'BEGIN {printf "%.2f", r * c / 1000}'; }
echo "| stream | requests/s | × static | p50 ms | p99 ms | server CPU ms/request | server cores busy |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| static /css/site.css (before) | $(med static rps) | 1 | $(med static p50) | $(med static p99) | $(med static cpu) | $(cores static) |"
echo "| distinct API searches | $(med api rps) | $(med api ratio) | $(med api p50) | $(med api p99) | $(med api cpu) | $(cores api) |"
echo "| distinct search pages | $(med page rps) | $(med page ratio) | $(med page p50) | $(med page p99) | $(med page cpu) | $(cores page) |"
echo "| program pages | $(med program rps) | $(med program ratio) | $(med program p50) | $(med program p99) | $(med program cpu) | $(cores program) |"
echo "| static /css/site.css (after) | $(med static2 rps) | | $(med static2 p50) | $(med static2 p99) | $(med static2 cpu) | $(cores static2) |"
if ((bad > 0)); then echo "WARNING $bad non-2xx responses or socket errors during the streams" >&2; exit 1; fi
