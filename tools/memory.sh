#!/usr/bin/env bash
# Peak memory of werkgroep during a session on the large demo file
# (PERFORMANCE.md): runs the real program in a pseudo-terminal of 120×40,
# drives it through a scripted session (the werkgroep, its largest
# session: typing, storing, scrolling the list, the look-back if it comes,
# the review of all contributions, the whole-process export preview in
# Markdown and HTML, the schema, people, actions), and reads the
# process's peak resident memory (VmHWM in /proc/PID/status) after each
# step. Linux only. Usage: tools/memory.sh [runs] (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/werkgroep" .
"$dir/werkgroep" demo --size large --data "$dir/large.db" >/dev/null 2>&1
for i in $(seq "$runs"); do
	cp "$dir/large.db" "$dir/run.db" # every run starts from the same file
	python3 - "$dir/werkgroep" "$dir/run.db" <<'PY'
import os, pty, re, select, struct, sys, fcntl, termios, time

binary, data = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.execv(binary, [binary, "--data", data, "--lang", "nl"])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

out = bytearray()
def pump(seconds):
    end = time.time() + seconds
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], max(0, end - time.time()))
        if not r:
            continue
        try:
            b = os.read(fd, 65536)
        except OSError:
            return
        out.extend(b)
        if b"\x1b]11;?" in b:  # answer the terminal queries a program may send
            os.write(fd, b"\x1b]11;rgb:0000/0000/0000\x1b\\")
        if b"\x1b[6n" in b:
            os.write(fd, b"\x1b[1;1R")

def text():
    s = re.sub(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b.", b" ", bytes(out))
    return s.decode("utf-8", "replace")

def status():
    vals = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmHWM", "VmRSS"):
                vals[k] = int(v.split()[0]) / 1024
    return vals

def step(name, keys, wait=0.6, gap=0.03):
    for k in keys:
        os.write(fd, k.encode())
        # a lone ESC needs a pause, or the next key reads as alt+key
        pump(0.25 if k == ESC else gap)
    pump(wait)
    st = status()
    print(f"  {name:<28} rss {st['VmRSS']:6.1f} MB   peak {st['VmHWM']:6.1f} MB")

start = time.time()
while "groot voorbeeld" not in text():
    pump(0.05)
    if time.time() - start > 10:
        sys.exit("no first frame within 10 s")
ENTER, ESC, UP, DOWN, PGDN = "\r", "\x1b", "\x1b[A", "\x1b[B", "\x1b[6~"
step("home", [])
step("werkgroep", [ENTER])
step("session", [ENTER], wait=1.0)
step("typing 60 characters", list("Een proef van het geheugen, met een zin van zestig tekens."), gap=0.02)
step("store it", [ENTER])
step("list mode", [ESC])
step("list: 300 up", [UP] * 300, gap=0.005)
step("list: next steps", ["n"] * 4)
step("schema", ["o"], wait=0.8)
step("schema: group view", ["g", DOWN, "i"])
step("back to the list", [ESC])
step("back to werkgroep", [ESC], wait=0.8)
step("review all", ["u"], wait=1.5)
step("review: 500 down", [DOWN] * 500, gap=0.005)
step("back", [ESC], wait=0.8)
step("export whole process", ["x"], wait=2.0)
step("export: 50 pages down", [PGDN] * 50, gap=0.01)
step("export as HTML", ["f"], wait=2.5)
step("back", [ESC], wait=0.8)
step("people", ["p"], wait=0.8)
step("back", [ESC])
step("actions", ["b"], wait=0.8)
step("back", [ESC])
os.write(fd, b"\x03")
pump(1.0)
st = status() if os.path.exists(f"/proc/{pid}/status") else {}
_, code = os.waitpid(pid, 0)
PY
done
