# Sourced by tools/ttff.sh and tools/ttffpair.sh: builds ttff, werkgroep, the
# minimal program and the minimal program with werkgroep's libraries
# (ttffdeps: ttffbase built with -tags ttffdeps) into a temporary $dir, writes the large demo there, and
# sets $marker, the text whose appearance counts as the first frame.
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(cd ../shared/tools/ttff && go build -o "$dir/ttff" .)
go build -o "$dir/werkgroep" .
go build -o "$dir/ttffbase" ./tools/ttffbase
go build -tags ttffdeps -o "$dir/ttffdeps" ./tools/ttffbase
"$dir/werkgroep" demo --size large --data "$dir/large.db" >/dev/null 2>&1
marker="groot voorbeeld"
