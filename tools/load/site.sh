# Sourced by the load scripts (after `cd` to the repository): a work folder, the server they start and stop,
# and the figures they take of it. Sets `work` and `server`; the EXIT trap stops the server and removes the folder.
work=$(mktemp -d)
server=""

stop_server() {
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
