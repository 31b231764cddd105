#!/usr/bin/env bash
# Load and soak: wrk at 64 connections for 60 s against search, API, program and compare pages on a
# 10,000-listing catalog while listings are edited, broken, fixed, added and deleted (live reload).
# Prints requests, 5xx, socket errors and the server's memory before and after. Usage: tools/load/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-60}
work=$(mktemp -d)
port=5099
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

dotnet publish src/IopFinder.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
dotnet run -c Release --project bench/IopFinder.Benchmarks -- generate 10000 "$work/content" >/dev/null
dotnet "$work/app/IopFinder.Web.dll" --content "$work/content" --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; kill $editor 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
wrk -t2 -c64 -d10s -s tools/load/paths.lua "http://127.0.0.1:$port" >/dev/null   # warm-up
rss_before=$(rss)

# Staff at work: every second one listing changes; now and then one breaks and is fixed, one is added and removed.
(
  i=0
  while true; do
    i=$((i + 1))
    f="$work/content/programs/program-$(printf %06d $((i * 37 % 10000))).md"
    printf '\nEdited %s.\n' "$i" >>"$f"
    if ((i % 5 == 0)); then sed -i 's/^conditions: \[/conditions: [depresion, /' "$f"; sleep 0.5; sed -i 's/depresion, //' "$f"; fi
    if ((i % 7 == 0)); then cp "$f" "$work/content/programs/added-$i.md"; fi
    if ((i % 7 == 3)); then rm -f "$work/content/programs/added-$((i - 3)).md"; fi
    sleep 1
  done
) &
editor=$!

# Memory every tenth of the run: flat means it levels off instead of climbing with each reload.
( for _ in $(seq 1 10); do sleep $((duration / 10)); rss >>"$work/rss.txt"; done ) &
sampler=$!
wrk -t2 -c64 -d"${duration}s" --timeout 10s -s tools/load/paths.lua "http://127.0.0.1:$port" | tee "$work/wrk.txt"
wait $sampler || true
kill $editor 2>/dev/null || true
sleep 5
generation=$(curl -s "http://127.0.0.1:$port/api/status" | sed -n 's/.*"generation":\([0-9]*\).*/\1/p')
echo "RELOADS catalog versions swapped in during the run: $((generation - 1))"
echo "MEMORY rss_mb after warm-up: $rss_before; every $((duration / 10)) s: $(paste -sd' ' "$work/rss.txt"); 5 s after: $(rss)"
grep RESULT "$work/wrk.txt"
