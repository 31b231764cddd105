#!/usr/bin/env bash
# Reader lifetime: RELOADS live reloads of the real catalog (a copy of content/), each an edit of a few
# listing files (what a reload is), each waited for until the new version serves. Every STEP reloads it
# prints the server's memory (RSS, from /proc) and what the text index holds (/api/status): the readers
# leased by catalog versions, the index files and their bytes. Flat means nothing is kept per version.
#
#   tools/load/reloads.sh [RELOADS]     default 1000
#
# Environment: FILES (3) listing files edited per reload, STEP (100) reloads between samples, PORT (5097).
# Every figure is printed on a line starting with an upper-case tag (START, RELOADS, RESULT).
set -euo pipefail
cd "$(dirname "$0")/../.."
reloads=${1:-1000}
files=${FILES:-3}
step=${STEP:-100}
base="http://127.0.0.1:${PORT:-5097}"
work=$(mktemp -d)
server=""
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet publish src/IopFinder.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
cp -r content "$work/content"
mapfile -t listings < <(find "$work/content/programs" -name '*.md' | sort)
dotnet "$work/app/IopFinder.Web.dll" --content "$work/content" --urls "$base" --Catalog:SnapshotPath "$work/snapshots" \
  --Catalog:ReloadDebounceMilliseconds 50 --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
version() {
  local health
  until health=$(curl -sf "$base/healthz"); do sleep 0.05; done
  sed -n 's/.*"version":"\([^"]*\)".*/\1/p' <<<"$health"
}
# A search with words waits for the current version's words, so the sample sees them indexed.
sample() {
  curl -sf -o /dev/null "$base/api/programs?q=edited+outpatient"
  curl -sf "$base/api/status" | python3 -c '
import json, sys
t = json.load(sys.stdin)["text_index"]
print(t["leased_readers"], t["files"], round(t["bytes"] / 1048576, 1))'
}
report() {
  read -r readers index_files index_mb < <(sample)
  echo "RELOADS $1 rss_mb $(rss) leased_readers $readers index_files $index_files index_mb $index_mb seconds $SECONDS"
}

until curl -sf -o /dev/null "$base/api/programs?q=therapy"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
echo "START ${#listings[@]} listings, $files files edited per reload"
SECONDS=0
report 0
first_rss=$(rss)
current=$(version)
for ((i = 1; i <= reloads; i++)); do
  for ((k = 0; k < files; k++)); do
    printf '\nEdited in reload %s.\n' "$i" >>"${listings[$(((i * files + k) * 7919 % ${#listings[@]}))]}"
  done
  # The watcher waits for the folder to be quiet, then swaps the new version in: its content hash changes.
  deadline=$((SECONDS + 30))
  while next=$(version); [[ $next == "$current" ]]; do
    ((SECONDS < deadline)) || { echo "reload $i was not served within 30 s" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.01
  done
  current=$next
  if ((i % step == 0)); then report "$i"; fi
done
echo "RESULT $reloads reloads in $SECONDS s; rss_mb $first_rss before, $(rss) after"
