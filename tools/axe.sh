#!/usr/bin/env bash
# axe-core on the HTML minutes of the demo (issue 13): the whole process
# and each session, in headless Chromium. Needs chromium (apt-get install
# chromium) and npm; installs axe-core and puppeteer-core into a cache
# folder on first use. Not in CI: Chromium is a large install and its
# start under load is slow. Usage: tools/axe.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${XDG_CACHE_HOME:-$HOME/.cache}/werkgroep-axe"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ ! -d "$cache/node_modules/axe-core" ] || [ ! -d "$cache/node_modules/puppeteer-core" ]; then
	mkdir -p "$cache"
	npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$cache" axe-core@4 puppeteer-core@24 >/dev/null
fi
go build -o "$dir/werkgroep" .
"$dir/werkgroep" demo --data "$dir/demo.db" >/dev/null
"$dir/werkgroep" export --data "$dir/demo.db" --format html --out "$dir/all.html" >/dev/null
for n in 1 2 3 4; do
	"$dir/werkgroep" export --data "$dir/demo.db" --session "$n" --format html --out "$dir/session-$n.html" >/dev/null
done
failed=0
for f in "$dir"/*.html; do
	NODE_PATH="$cache/node_modules" node tools/axe/run.js "$f" "$dir/profile" || failed=1
done
exit "$failed"
