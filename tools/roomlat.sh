#!/usr/bin/env bash
# The room's figure of issue 15 (PERFORMANCE.md, "The room"): stored in one
# werkgroep -> shown by werkgroep present, measured with
# ../shared/tools/termlat follow, with FOLLOWERS programs following in all
# (present, and FOLLOWERS-1 more werkgroep programs in the same session,
# each in a tmux window of its own). Also prints the CPU time those extra
# programs used per stored entry, from /proc/PID/stat.
#
# Usage: tools/roomlat.sh [FOLLOWERS [SAMPLES]]     (default 1 and 60)
# BIN=path uses that werkgroep instead of building one; DB=path measures on
# a copy of that file instead of a fresh demo.
set -euo pipefail
followers=${1:-1}
samples=${2:-60}
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
sessions=()
cleanup() {
	for s in "${sessions[@]}"; do tmux kill-session -t "$s" 2>/dev/null || true; done
	rm -rf "$dir"
}
trap cleanup EXIT
(cd ../shared/tools/termlat && go build -o "$dir/termlat" .)
bin=${BIN:-}
if [ -z "$bin" ]; then
	go build -o "$dir/werkgroep" .
	bin=$dir/werkgroep
fi
db=$dir/room.db
if [ -n "${DB:-}" ]; then
	cp "$DB" "$db"
else
	"$bin" demo --data "$db" >/dev/null
fi

# wait_pane SESSION TEXT: until the window shows TEXT (10 s at most)
wait_pane() {
	for _ in $(seq 200); do
		tmux capture-pane -p -t "$1" | grep -q "$2" && return 0
		sleep 0.05
	done
	echo "roomlat: $1 never showed '$2'" >&2
	tmux capture-pane -p -t "$1" >&2
	exit 1
}
pids=()
for i in $(seq 2 "$followers"); do
	s="roomlat-$$-$i"
	sessions+=("$s")
	tmux new -d -s "$s" -x 100 -y 30 "$bin --data $db"
	wait_pane "$s" werkgroepen
	tmux send-keys -t "$s" Enter
	wait_pane "$s" Bijeenkomsten
	tmux send-keys -t "$s" Enter
	wait_pane "$s" "Wat wordt"
	pids+=("$(tmux list-panes -t "$s" -F '#{pane_pid}')")
done
cpu() { # clock ticks of user and system time of the extra followers
	local t=0
	for p in "${pids[@]}"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
	echo "$t"
}
echo "followers: $followers (present and $((followers - 1)) werkgroep); load $(cut -d' ' -f1-3 /proc/loadavg)"
c0=$(cpu)
t0=$(date +%s%N)
"$dir/termlat" follow -n "$samples" -a "$bin --data $db" -asetup '|werkgroepen;\r|Bijeenkomsten;\r|Wat wordt' \
	-b "$bin present --data $db" -bsetup '|bijeenkomst'
t1=$(date +%s%N)
if [ "${#pids[@]}" -gt 0 ]; then
	c1=$(cpu)
	hz=$(getconf CLK_TCK)
	echo "extra followers' CPU: $(((c1 - c0) * 1000 / hz / ${#pids[@]})) ms each over $(((t1 - t0) / 1000000)) ms, $(((c1 - c0) * 1000000 / hz / ${#pids[@]} / samples)) us each per entry (idle time included)"
fi
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
