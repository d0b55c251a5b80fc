#!/usr/bin/env bash
# The participants' page (issue 17) in headless Chromium: for a schema, a
# voting and an ordinary step, a browser joins with the code, answers as
# a participant would, reads what the page says it stored, and axe-core
# checks every page for WCAG A/AA (tools/phone/run.js). Installs what it
# needs, quietly: Chromium from Debian's packages when missing, and
# axe-core and puppeteer-core into a cache folder. Works without a
# terminal (CI=true). Usage: tools/phone.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if [ -z "${CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ]; then
	if ! { apt-get update -qq && apt-get install -y -qq chromium; } >/dev/null 2>&1; then
		echo "tools/phone.sh: Chromium could not be installed (apt-get install chromium); the browser check is skipped" >&2
		exit 0
	fi
fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/werkgroep-axe"
if [ ! -d "$cache/node_modules/axe-core" ] || [ ! -d "$cache/node_modules/puppeteer-core" ]; then
	mkdir -p "$cache"
	npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$cache" axe-core@4 puppeteer-core@24 >/dev/null
fi
dir=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	rm -rf "$dir"
}
trap cleanup EXIT
go build -o "$dir/phonepage" ./tools/phonepage
failed=0
runs=("schema nl" "voting nl" "activity en")
[ -n "${PHONE_ONLY:-}" ] && runs=("$PHONE_ONLY")
for run in "${runs[@]}"; do
	set -- $run
	mkfifo "$dir/in-$1"
	"$dir/phonepage" -kind "$1" -lang "$2" <"$dir/in-$1" >"$dir/out-$1" &
	pids+=($!)
	exec 9>"$dir/in-$1" # holds the server's standard input open
	for _ in $(seq 100); do [ -s "$dir/out-$1" ] && break; sleep 0.1; done
	read -r url code <"$dir/out-$1"
	NODE_PATH="$cache/node_modules" timeout 120 node tools/phone/run.js "$url" "$code" "$1" "$dir/profile-$1" || failed=1
	exec 9>&-
done
exit "$failed"
