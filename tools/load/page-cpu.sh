#!/usr/bin/env bash
# Server CPU per distinct search page, for comparing two builds on the same machine in turns:
#
#   tools/load/page-cpu.sh APP_DIR CATALOG [SECONDS]
#
# APP_DIR: a published site (dotnet publish src/IopFinder.Web -c Release -r linux-x64 -p:PublishReadyToRun=true
# -o APP_DIR), e.g. one per commit from `git worktree add`. CATALOG: a content folder both builds read (make it with
# the older build's `IopFinder.Benchmarks generate 10000 DIR`). The site starts on a free snapshot folder, the page
# stream of mix.lua warms it for 30 s, then three streams of SECONDS (default 15) each print one RESULT line with the
# server's CPU time per request (from /proc). Run the two builds alternately (A B A B): this machine's speed drifts
# by more than the differences sought, so only neighbouring runs compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:?usage: tools/load/page-cpu.sh APP_DIR CATALOG [SECONDS]}
catalog=${2:?usage: tools/load/page-cpu.sh APP_DIR CATALOG [SECONDS]}
seconds=${3:-15}
port=${PORT:-5199}
export MIX_ENCODING=${ENCODING-br, gzip}
work=$(mktemp -d)
tools/load/mix.sh data "$work/data.lua" >/dev/null 2>&1
dotnet "$app/IopFinder.Web.dll" --content "$catalog" --urls "http://127.0.0.1:$port" --Catalog:SnapshotPath "$work/snapshots" \
  --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/programs?near=02139"; do
  kill -0 $server 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
wrk -t2 -c32 -d30s -s tools/load/mix.lua "http://127.0.0.1:$port" -- page "$work/data.lua" 3 10000 2 >/dev/null
for seed in 7 11 17; do
  before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  out=$(wrk -t2 -c32 -d"${seconds}s" -s tools/load/mix.lua "http://127.0.0.1:$port" -- page "$work/data.lua" $seed 10000 2)
  after=$(awk '{print $14 + $15}' "/proc/$server/stat")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "RESULT app=$app seed=$seed requests=$requests cpu_ms_per_request=$(awk -v t=$((after - before)) -v n="$requests" 'BEGIN {printf "%.3f", t * 10 / n}')"
done
