#!/usr/bin/env bash
# werkgroep serve's figure of issue 16 (PERFORMANCE.md, "Stored by one
# client -> on another client's screen"): CLIENTS people in the capture
# screen of the demo's last session, one of them storing, another
# following, each through `ssh -tt`, timed by ../shared/tools/termlat
# follow; the other CLIENTS-2 held by tools/sshclients. Prints one line:
# the time, the load before and after, the server's CPU time per stored
# entry over the run (idle time and the two ssh logins included), and
# termlat's figures.
#
# Usage: tools/servelat.sh [CLIENTS [SAMPLES [PORT]]]   (default 20, 60, 22717)
# BIN=path uses that werkgroep instead of building one (alternate two
# builds in the same minutes to compare them on a shared machine).
set -euo pipefail
clients=${1:-20}
samples=${2:-60}
port=${3:-22717}
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$dir"
}
trap cleanup EXIT
(cd ../shared/tools/termlat && go build -o "$dir/termlat" .)
go build -o "$dir/sshclients" ./tools/sshclients
bin=${BIN:-}
if [ -z "$bin" ]; then
	go build -o "$dir/werkgroep" .
	bin=$dir/werkgroep
fi
"$bin" demo --data "$dir/lat.db" >/dev/null
ssh-keygen -q -t ed25519 -N '' -f "$dir/key"
export XDG_CONFIG_HOME=$dir/config # the server's keys, not your own
"$bin" serve --add-key "$dir/key.pub" --name meting >/dev/null
"$bin" serve --data "$dir/lat.db" --listen "127.0.0.1:$port" >"$dir/serve.out" 2>&1 &
server=$!
pids+=("$server")
for _ in $(seq 100); do grep -q . "$dir/serve.out" 2>/dev/null && break; sleep 0.1; done
if [ "$clients" -gt 2 ]; then
	"$dir/sshclients" -addr "127.0.0.1:$port" -key "$dir/key" -n $((clients - 2)) >"$dir/clients.out" 2>&1 &
	pids+=("$!")
	for _ in $(seq 600); do grep -q clients "$dir/clients.out" 2>/dev/null && break; sleep 0.1; done
fi
ssh="ssh -tt -p $port -o UserKnownHostsFile=$dir/known -o StrictHostKeyChecking=accept-new -i $dir/key 127.0.0.1"
steps='|werkgroepen;\r|Bijeenkomsten;\r|Wat wordt'
load0=$(cut -d' ' -f1-3 /proc/loadavg)
cpu0=$(awk '{print $14 + $15}' "/proc/$server/stat")
out=$("$dir/termlat" follow -n "$samples" -a "$ssh" -asetup "$steps" -b "$ssh" -bsetup "$steps" | tail -1)
cpu1=$(awk '{print $14 + $15}' "/proc/$server/stat")
hz=$(getconf CLK_TCK)
out=${out#follow ms: }
echo "$(date -u +%H:%M) clients=$clients load $load0 -> $(cut -d' ' -f1-3 /proc/loadavg)" \
	"server CPU $(((cpu1 - cpu0) * 1000 / hz / samples)) ms/entry | ${out%% ssh -tt*}"
