#!/usr/bin/env bash
# Two replicas of one build on this machine, as deploy/compose.yaml runs them: one PostgreSQL database
# (Debian's package, installed when missing), one bare content remote, each replica its own clone.
# A maintainer and a front-desk person use the portal through both replicas while searches run against
# both; then both must serve the same content version holding every edit (tools/replicas/drive.py).
#
#   tools/replicas/run.sh            EDITS=1000 tools/replicas/run.sh   (memory over 1,000 edits)
#
# Environment: EDITS (200), SEARCHERS (4), LISTINGS (20 listings edited in turn), ARRIVAL_EVERY (1), KEEP=1 keeps the work folder,
# APP=<folder> runs an already published build instead of publishing one.
# Every figure is printed on a line starting with an upper-case tag.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
listings=${LISTINGS:-20}
work=$(mktemp -d /tmp/iop-replicas.XXXXXX)
chmod 755 "$work"
pids=()
pgbin=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -n $pgbin && -d $work/pg/data ]] && as_postgres "$pgbin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  [[ ${KEEP:-0} == 1 ]] && echo "work folder kept: $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

# PostgreSQL refuses to run as root; the package's own user runs it then.
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || ! command -v git >/dev/null; then
  echo "installing Debian's postgresql and git" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql git >/dev/null
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

echo "starting PostgreSQL ($pgbin)" >&2
pgport=$(free_port)
mkdir -p "$work/pg"
[[ $(id -u) == 0 ]] && chown postgres "$work/pg"
as_postgres "$pgbin/initdb" -D "$work/pg/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
  -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_postgres "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres iopfinder
staff="Host=127.0.0.1;Port=$pgport;Database=iopfinder;Username=postgres"

echo "making the content remote and two clones" >&2
portal=(-c user.name="IopFinder portal" -c user.email=portal@iopfinder.invalid -c commit.gpgsign=false)
cp -r content "$work/seed"
git -C "$work/seed" init -q -b main
git -C "$work/seed" add -A
git -C "$work/seed" "${portal[@]}" commit -qm "Bundled catalog"
git clone -q --bare "$work/seed" "$work/remote.git"
for r in a b; do mkdir -p "$work/$r" && git clone -q "$work/remote.git" "$work/$r/content"; done

app=${APP:-$work/app}
if [[ -z ${APP:-} ]]; then
  echo "building: dotnet publish (Release)" >&2
  dotnet publish src/IopFinder.Web -c Release -o "$app" --nologo -v quiet >/dev/null
fi

declare -A base
for r in a b; do
  port=$(free_port)
  base[$r]="http://127.0.0.1:$port"
  (cd "$work/$r" && exec dotnet "$app/IopFinder.Web.dll" --urls "${base[$r]}" --content "$work/$r/content" \
    --Catalog:SnapshotPath "$work/$r/snapshots" --ConnectionStrings:Staff "$staff" \
    --Git:Remote origin --Git:PullSeconds 30 --Mail:PickupFolder "$work/mail" \
    --Staff:Maintainers:0 maintainer@example.org --Logging:LogLevel:Default=Warning >"$work/$r/server.log" 2>&1) &
  pids+=($!)
done
t0=$(date +%s%N)
for r in a b; do
  until curl -sf -o /dev/null "${base[$r]}/api/programs?near=02139"; do
    if ! kill -0 "${pids[0]}" 2>/dev/null || ! kill -0 "${pids[1]}" 2>/dev/null; then
      echo "a replica stopped during start-up:" >&2; cat "$work"/{a,b}/server.log >&2; exit 1
    fi
    sleep 0.1
  done
done
echo "START both replicas answering after $(( ($(date +%s%N) - t0) / 1000000 )) ms"

mapfile -t ids < <(ls content/programs | awk -v n="$listings" 'NR % 300 == 1 && c++ < n { sub(/\.md$/, ""); print }')
status=0
python3 tools/replicas/drive.py "${base[a]}" "${base[b]}" "$work/mail" "${pids[0]}" "${pids[1]}" "${ids[@]}" || status=$?

pushed=$(( $(git --git-dir "$work/remote.git" rev-list --count main) - 1 ))
heads=$(for r in a b; do git -C "$work/$r/content" rev-parse --short HEAD; done | sort -u | wc -l)
echo "REMOTE commits pushed by the portal: $pushed; clones at the same commit: $([[ $heads == 1 ]] && echo yes || echo no)"
[[ $heads == 1 ]] || status=1
if [[ $status != 0 ]]; then
  echo "--- replica a log"; tail -40 "$work/a/server.log"; echo "--- replica b log"; tail -40 "$work/b/server.log"
fi
exit "$status"
