#!/usr/bin/env bash
# Eleven people answer from their own phone in a minute while the
# projector's picture forms (issue 17): a real werkgroep program in tmux
# leads a session at a step of KIND and opens it to phones (F3), and
# werkgroep present runs in tmux on the same file; eleven phones in
# headless Chromium (tools/phone/eleven.js) open the address with the
# code, join and answer, spread over SPREAD seconds. The projector is
# captured every quarter second (tmux capture-pane; every fifth second
# kept as a picture of the forming), its QR code read by zbarimg when
# present, and at the end: how many people the projector counts, the
# time from each Stuur to the projector (to the capture, so a quarter
# second coarse), the note-taker's line, the room closed (F3) and the
# session ended (s twice), and what the phone says then; with -export
# the minutes' line for phones. Screenshots and captures stay in OUT.
# Needs tmux, node, Chromium and the puppeteer-core of tools/phone.sh.
# Usage: tools/phones11.sh [schema|voting|activity] [OUT] [SPREAD]
set -eu
trap '' PIPE # the phones' script may have stopped: writing to it then fails, it does not kill this one
cd "$(dirname "$0")/.."
kind=${1:-schema}
out=${2:-/tmp/phones11-$kind}
spread=${3:-60}
cache="${XDG_CACHE_HOME:-$HOME/.cache}/werkgroep-axe"
[ -d "$cache/node_modules/puppeteer-core" ] || { echo "run tools/phone.sh first (it installs puppeteer-core)" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out/captures"
bin="$out/bin" && mkdir -p "$bin"
go build -o "$bin/werkgroep" . && go build -o "$bin/phonepage" ./tools/phonepage && go build -o "$bin/qrshot" ./tools/qrshot
data="$out/w.db"
read -r session step < <("$bin/phonepage" -kind "$kind" -setup "$data")
tag="phones11-$$"
lead="$tag-lead" present="$tag-present"
cleanup() { tmux kill-session -t "$lead" 2>/dev/null || true; tmux kill-session -t "$present" 2>/dev/null || true; }
trap cleanup EXIT
keys() { tmux send-keys -t "$lead" "$@"; sleep 0.7; }
screen() { tmux capture-pane -p -t "$1"; }
waitfor() { # session text
	for _ in $(seq 100); do screen "$1" | grep "$2" >/dev/null && return 0; sleep 0.2; done
	echo "not on the screen of $1: $2" >&2; screen "$1" >&2; return 1
}

tmux new-session -d -s "$lead" -x 120 -y 35 "$bin/werkgroep --data $data"
waitfor "$lead" "werkgroepen"
keys Enter
waitfor "$lead" "Bijeenkomsten"
for _ in $(seq 2 "$session"); do keys Down; done
keys Enter
waitfor "$lead" "Stap 1 van"
for _ in $(seq 2 "$step"); do keys C-n; done
waitfor "$lead" "Stap $step van"
keys F3
waitfor "$lead" "Telefoons: code"
line=$(screen "$lead" | grep -o 'Telefoons: code [0-9 ]* · [^ ]*')
code=$(echo "$line" | sed -E 's/Telefoons: code ([0-9]{3}) ([0-9]{3}).*/\1\2/')
url="http://$(echo "$line" | sed -E 's/.* · //')"
echo "lead: session $session, step $step; $line"

tmux new-session -d -s "$present" -x 120 -y 40 "$bin/werkgroep present --data $data"
waitfor "$present" "code"
sleep 1
tmux capture-pane -e -p -t "$present" >"$out/present-start.ans"
screen "$present" >"$out/present-start.txt"
if command -v zbarimg >/dev/null; then
	"$bin/qrshot" "$out/present-start.png" <"$out/present-start.ans"
	read_qr=$(zbarimg -q --raw --nodbus "$out/present-start.png" || true)
	want="$url/?c=$code"
	[ "$read_qr" = "$want" ] && echo "QR on werkgroep present reads as $read_qr" || { echo "QR read as '$read_qr', want $want" >&2; exit 1; }
fi

# The phones, and the projector captured while they answer.
mkfifo "$out/to-phones"
NODE_PATH="$cache/node_modules" node tools/phone/eleven.js "$url" "$code" "$kind" "$out" "$spread" <"$out/to-phones" >"$out/phones.log" 2>&1 &
phones=$!
exec 9>"$out/to-phones"
last=0
while kill -0 "$phones" 2>/dev/null && ! grep -q '^DONE\|^FAIL\|Error' "$out/phones.log"; do
	now=$(date +%s%3N)
	screen "$present" >"$out/captures/$now.txt"
	if [ $((now - last)) -ge 5000 ]; then cp "$out/captures/$now.txt" "$out/forming-$now.txt"; last=$now; fi
	sleep 0.25
done
sleep 2
screen "$present" >"$out/present-end.txt"
screen "$lead" >"$out/lead-end.txt"
grep -h "Telefoons:" "$out/lead-end.txt" || true

# The room closed with the same key, then the session ended: the phone's page each time.
keys F3
echo >&9 || true
for _ in $(seq 50); do grep -q '^CLOSED' "$out/phones.log" && break; sleep 0.2; done
keys F3 # open again, then end the session: s planned -> running, s s done
keys Escape
keys s
keys s
keys s
echo >&9 || true
wait "$phones" || echo "the phones' script failed" >&2
exec 9>&-
screen "$lead" >"$out/lead-ended.txt"
grep -E '^(FAIL|CLOSED|ENDED|RETRY)' "$out/phones.log" || true
keys q
sleep 1
"$bin/werkgroep" export --data "$data" --session "$session" --out "$out/minutes.md" >/dev/null
echo "minutes: $(grep -i 'telefoon' "$out/minutes.md" | head -3 | tr '\n' ' ')"

# How many the projector counts, capture by capture, and sent -> shown.
node - "$kind" "$out" <<'EOF'
const fs = require('fs');
const [kind, out] = process.argv.slice(2);
// count: how many phones the projector shows in a capture.
const count = (t) => {
  if (kind === 'schema') { // the marks in the row of nu on line 1: ●●● is three, ●12 twelve
    const nu = t.split('\n').find((l) => /^\s+nu\s/.test(l));
    return nu ? [...nu.matchAll(/●(\d+)|●+/g)].reduce((a, m) => a + (m[1] ? Number(m[1]) : m[0].length), 0) : 0;
  }
  if (kind === 'voting') { const m = t.match(/gestemd: (\d+) van/); return m ? Number(m[1]) : 0; }
  const seen = [...t.matchAll(/telefoon (\d+):/g)].map((m) => Number(m[1]));
  return seen.length ? Math.max(...seen) : 0;
};
const caps = fs.readdirSync(`${out}/captures`).map((f) => ({at: Number(f.replace('.txt', '')), n: count(fs.readFileSync(`${out}/captures/${f}`, 'utf8'))})).sort((a, b) => a.at - b.at);
const sent = fs.readFileSync(`${out}/phones.log`, 'utf8').split('\n').filter((l) => l.startsWith('SENT ')).map((l) => Number(l.split(' ')[2])).sort((a, b) => a - b);
const steps = [];
let prev = -1;
for (const c of caps) if (c.n !== prev) { steps.push(`${((c.at - caps[0].at) / 1000).toFixed(1)}s:${c.n}`); prev = c.n; }
console.log(`projector count over time: ${steps.join(' ')}`);
const lat = sent.map((s, k) => { const c = caps.find((c) => c.at >= s && c.n >= k + 1); return c ? c.at - s : NaN; }).filter((x) => !isNaN(x)).sort((a, b) => a - b);
const gaps = caps.slice(1).map((c, i) => c.at - caps[i].at).sort((a, b) => a - b);
const stored = fs.readFileSync(`${out}/phones.log`, 'utf8').split('\n').filter((l) => l.startsWith('STORED ')).map((l) => Number(l.split(' ')[2])).sort((a, b) => a - b);
const back = sent.map((s, k) => stored[k] - s).sort((a, b) => a - b);
if (back.length) console.log(`Stuur -> the page after it loaded in the phone: median ${back[back.length >> 1]} ms, max ${back[back.length - 1]} ms`);
if (lat.length) console.log(`sent -> on the projector (to the capture, captures every ${gaps[gaps.length >> 1]} ms median): ${lat.length} of ${sent.length} answers, median ${lat[lat.length >> 1]} ms, p95 ${lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.95))]} ms, max ${lat[lat.length - 1]} ms`);
const last = caps.length ? caps[caps.length - 1].n : 0;
console.log(`the projector counts ${last} at the end`);
process.exit(last === 11 ? 0 : 1);
EOF
