#!/usr/bin/env bash
# Where start-up goes, part by part, without any load: the snapshot read, the index build, the rest of the host
# until the first answer, and what the staff portal's first request pays (its database opened and migrated on
# demand, no longer at start). No wrk: a few curl requests per start.
#
#   tools/load/startup-split.sh [CONTENT]   # default content/ (the bundled catalog); STARTS (default 3) starts
#                                           # from the snapshot after one that parses every file
#   APP=dir tools/load/startup-split.sh     # an existing `dotnet publish` output instead of publishing anew
#
# Prints one SPLIT line per start and the medians. Times are wall-clock on whatever machine runs it: on a busy
# one they spread widely; the memory figures move much less.
set -euo pipefail
cd "$(dirname "$0")/../.."

content=$(realpath "${1:-content}")
starts=${STARTS:-3}
port=${PORT:-5099}
base="http://127.0.0.1:$port"
source tools/load/site.sh

if curl -s -o /dev/null --max-time 2 "$base/"; then
  echo "port $port is already in use: stop what runs there or set PORT" >&2
  exit 1
fi
app=${APP:-}
if [[ -z $app ]]; then
  echo "building: dotnet publish (Release, ReadyToRun, as the Dockerfile)" >&2
  app="$work/app"
  dotnet publish src/IopFinder.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" --nologo -v quiet >/dev/null
fi

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
logged() { sed -n "s/.*$1.*/\1/p" "$work/server.log" | tail -1; }

first=() read_ms=() index_ms=() rest=() portal=() migrate=() rss_first=() rss_portal=()
for i in $(seq 0 "$starts"); do
  : >"$work/server.log"
  t0=$(date +%s%N)
  # The staff database stays between starts, as the snapshot does: later starts find it migrated.
  dotnet "$app/IopFinder.Web.dll" --content "$content" --urls "$base" --Catalog:SnapshotPath "$work/snapshots" \
    --ConnectionStrings:Staff "Data Source=$work/staff.db" --Mail:PickupFolder "$work/mail" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:IopFinder=Information >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$base/api/programs?near=02139"; do
    kill -0 "$server" 2>/dev/null || { echo "the server stopped during start-up:" >&2; cat "$work/server.log" >&2; exit 1; }
    sleep 0.02
  done
  answer=$(ms_since "$t0")
  rss=$(rss_mb)
  [[ -e $work/staff.db ]] && db="the staff database exists" || db="no staff database file yet"
  t1=$(date +%s%N)
  curl -sf -o /dev/null "$base/manage/sign-in"
  portal_ms=$(ms_since "$t1")
  sleep 0.2
  r=$(logged 'Catalog read in \([0-9]*\) ms')
  x=$(logged 'indexed for filters in \([0-9]*\) ms')
  m=$(logged 'migrated and ready in \([0-9]*\) ms')
  what=$( ((i == 0)) && echo "no snapshot: every file parsed" || echo "from the snapshot")
  echo "SPLIT start $i ($what): first answer ${answer} ms = catalog read ${r} ms + index for filters ${x} ms + host and first request $((answer - r - x)) ms; rss ${rss} MB ($db); first portal page ${portal_ms} ms (migration ${m} ms), rss then $(rss_mb) MB" >&2
  if ((i > 0)); then
    first+=("$answer") read_ms+=("$r") index_ms+=("$x") rest+=("$((answer - r - x))") portal+=("$portal_ms") migrate+=("$m")
    rss_first+=("$rss") rss_portal+=("$(rss_mb)")
  fi
  stop_server
done
echo "SPLIT medians of $starts starts from the snapshot ($content): first answer $(median "${first[@]}") ms = snapshot read $(median "${read_ms[@]}") ms" \
  "+ index for filters $(median "${index_ms[@]}") ms + host and first request $(median "${rest[@]}") ms; rss at first answer $(median "${rss_first[@]}") MB;" \
  "the portal's first page $(median "${portal[@]}") ms (of it the database migration check $(median "${migrate[@]}") ms), rss after it $(median "${rss_portal[@]}") MB"
