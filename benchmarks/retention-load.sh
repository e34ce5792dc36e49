#!/usr/bin/env bash
# A retention run over a large database, from a second process, against a copy of the built distribution (H2, as
# shipped): the copy is started once (migrations create the schema), stopped, seeded with fictional closed courses
# (sessions, history, an assessment and an ethics checklist each) closed six to nine years ago and a chain of audit
# entries of the same age (benchmarks/platform/SeedRetention.java), and started again. Then:
#   1. GET /api/statistics, timed a few times over the seeded data (before anything is deleted);
#   2. the rules for the four kinds set to five years (PUT), and the schedule's preview timed;
#   3. a read load (wrk, mixed.lua, HTTP Basic, 8 connections) for a fixed period: the baseline p99;
#   4. the same load again while POST /api/admin/retention/runs deletes everything seeded: the run's wall time and
#      the p99 of the load during it, and their ratio against the baseline of the same run.
# Needs wrk (apt-get install wrk) and a built assembly (mvn -B package -DskipTests). Traffic goes to 127.0.0.1 only.
#
#   bash benchmarks/retention-load.sh [courses, default 100000] [audit entries, default 5000000] [baseline seconds,
#        default 60] [connections, default 8]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
courses=${1:-100000}
entries=${2:-5000000}
duration=${3:-60}
connections=${4:-8}
lua="$root/benchmarks/mixed.lua"
# shellcheck source=benchmarks/distribution.sh
source "$root/benchmarks/distribution.sh"
admin() { curl -fsS -H "$basic" "$@"; }

for _ in $(seq 1 240); do admin "$base/api/admin/retention" 2>/dev/null | grep -q 'completions' && break; sleep 0.5; done
stop_server
# The seeder replaces the first start's few audit entries, so the checkpoints that named them go too.
rm -f "$work/mk/data/mentorkit/audit-checkpoints/checkpoints.log"
system="$work/mk/system"
cp="$(find "$system/com/h2database" -name 'h2-*.jar' | head -1):$(find "$system/no/mentorkit" -name 'no.mentorkit.platform-*.jar' | head -1)"
java -cp "$cp" "$root/benchmarks/platform/SeedRetention.java" \
  "jdbc:h2:file:$work/mk/data/mentorkit/db/mentorkit;DATABASE_TO_LOWER=TRUE" "$courses" "$entries"
echo "database files: $(du -sh "$work/mk/data/mentorkit/db" | cut -f1)" >&2
start_server
for _ in $(seq 1 240); do admin "$base/api/admin/retention" 2>/dev/null | grep -q 'completions' && break; sleep 0.5; done

echo "GET /api/statistics over the seeded data (s, first one cold):" \
  "$(for _ in 1 2 3 4 5 6; do admin -o /dev/null -w '%{time_total} ' "$base/api/statistics"; done)" >&2

for kind in registry/closed-courses assessment/assessments ethics/completions platform/audit-entries; do
  admin -o /dev/null -X PUT -H 'Content-Type: application/json' -d '{"keepDays":1825,"action":"DELETE"}' \
    "$base/api/admin/retention/$kind"
done
preview=$(admin -w '\n%{time_total}' "$base/api/admin/retention")
echo "preview (GET /api/admin/retention) in $(tail -1 <<<"$preview") s; due:" \
  "$(head -1 <<<"$preview" | python3 -c 'import json,sys; print(", ".join("%s/%s %s" % (l["module"], l["kind"], l["due"]) for l in json.load(sys.stdin) if l.get("due")))')" >&2

# load SECONDS OUT: the read load for SECONDS (or until sent SIGINT), its report in OUT. A long timeout, so that slow
# answers are counted in the percentiles instead of dropped as timeouts.
load() { wrk -t2 -c"$connections" -d"$1s" --timeout 120s --latency -H "$basic" -s "$lua" "$base" > "$2"; }
p99() { awk '$1=="99%" {print $2}' "$1"; }
summary() { awk '/Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx|Socket errors/ {e=e" "$0} END {printf "%s req/s, p50 %s, p99 %s%s", r, p50, p99, e}' "$1"; }

load 10 "$work/warm.txt"
load "$duration" "$work/baseline.txt"
echo "read load, baseline ($duration s): $(summary "$work/baseline.txt")" >&2

# With job control on, the background load is a process group of its own that takes SIGINT (without, bash has
# it ignored); wrk then prints its report.
set -m
load 3600 "$work/during.txt" & wrk_pid=$!
set +m
sleep 5
start=$(date +%s.%N)
answer=$(admin -X POST --max-time 3600 -w '\n%{http_code}' "$base/api/admin/retention/runs" || true)
took=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")
sleep 5
kill -INT -- -"$wrk_pid"; wait "$wrk_pid" || true
echo "retention run: HTTP $(tail -1 <<<"$answer") in $took s: $(head -1 <<<"$answer" | cut -c1-600)" >&2
echo "read load during the run (from 5 s before to 5 s after): $(summary "$work/during.txt")" >&2
python3 - "$(p99 "$work/baseline.txt")" "$(p99 "$work/during.txt")" <<'PY'
import re, sys
def ms(v):
    n, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
b, d = ms(sys.argv[1]), ms(sys.argv[2])
print(f"p99 during the retention run / baseline p99: {d:.1f} ms / {b:.1f} ms = {d / b:.2f}x")
PY
echo "GET /api/admin/audit/verify after the run: $(admin "$base/api/audit/verify" | cut -c1-300)" >&2
