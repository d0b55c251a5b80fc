#!/usr/bin/env bash
# Time to first frame of werkgroep on the large demo against the minimal
# program (tools/ttffbase), like tools/ttff.sh, but alternating run by run,
# so that all see the same load on a busy machine. A third program,
# ttffdeps (ttffbase built with -tags ttffdeps), is the minimal program
# with werkgroep's libraries linked in (SQLite, Huh): the floor for any
# program on this stack. Prints the medians and the ratios
# (PERFORMANCE.md). Each ttff call warms up once.
# Usage: tools/ttffpair.sh [rounds] (default 30).
set -euo pipefail
rounds=${1:-30}
. "$(dirname "$0")/ttffsetup.sh"
once() { "$dir/ttff" -n 1 -marker "$marker" -- "$@" | sed -n 's/.*median \([0-9.]*\).*/\1/p'; }
for _ in $(seq "$rounds"); do
	echo "$(once "$dir/ttffbase") $(once "$dir/ttffdeps") $(once "$dir/werkgroep" --data "$dir/large.db")"
done >"$dir/rounds"
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
col() { cut -d' ' -f"$1" "$dir/rounds" | median; }
ratio() { awk -v a="$1" -v b="$2" '{print $a/$b}' "$dir/rounds" | median; }
base=$(col 1) deps=$(col 2) wg=$(col 3)
printf 'first-frame ms, median of %d rounds: ttffbase %.2f, ttffdeps %.2f, werkgroep %.2f\n' "$rounds" "$base" "$deps" "$wg"
printf 'median ratio: werkgroep/ttffbase %.2f, ttffdeps/ttffbase %.2f, werkgroep/ttffdeps %.2f\n' \
	"$(ratio 3 1)" "$(ratio 2 1)" "$(ratio 3 2)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
