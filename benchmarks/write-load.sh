#!/usr/bin/env bash
# Write throughput from a second process (wrk, 8 connections): mentors created per second and p99 of one write,
# with durable commits (the shipped H2 setting, WRITE_DELAY=0) against the previous setting (H2's default write
# delay of 500 ms) of the same build, in one run, as a ratio. Then audited reads (GET of one mentor, each writes an
# audit entry in the request's transaction) against an unaudited endpoint under 16 connections. Needs wrk and a
# built assembly (mvn -B package -DskipTests). Traffic goes to 127.0.0.1 only.
#
#   bash benchmarks/write-load.sh [seconds-per-run, default 15]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-15}
connections=8
# shellcheck source=benchmarks/distribution.sh
source "$root/benchmarks/distribution.sh"
ds="$work/mk/etc/org.ops4j.datasource-mentorkit.cfg"
lua="$root/benchmarks/platform/create-mentor.lua"

restart_with() { # restart_with URL-SUFFIX-SED: stops the server, edits the H2 URL, starts it on the same data
  stop_server
  sed -i "$1" "$ds"
  start_server
  for _ in $(seq 1 120); do curl -fs -H "$basic" "$base/api/registry/mentors" -o /dev/null && break; sleep 0.5; done
  echo "restarted with: $(grep '^url' "$ds")" >&2
}

grep -q 'WRITE_DELAY=0' "$ds" || { echo "the assembly's H2 URL has no WRITE_DELAY=0: not the durable build" >&2; exit 2; }
for _ in $(seq 1 120); do curl -fs -H "$basic" "$base/api/registry/mentors" -o /dev/null && break; sleep 0.5; done
wrk -t2 -c"$connections" -d5s -H "$basic" -s "$lua" "$base" >/dev/null   # warm-up of the JIT and the pool
durable=$(run "POST mentor, durable (WRITE_DELAY=0)" "$lua" "$basic")
restart_with 's/;WRITE_DELAY=0//'
wrk -t2 -c"$connections" -d5s -H "$basic" -s "$lua" "$base" >/dev/null
delayed=$(run "POST mentor, previous (write delay 500 ms)" "$lua" "$basic")
restart_with 's/^\(url *=.*\)$/\1;WRITE_DELAY=0/'
durable2=$(run "POST mentor, durable again" "$lua" "$basic")
python3 - "$durable" "$delayed" "$durable2" <<'PY'
import sys
d, p, d2 = map(float, sys.argv[1:])
print(f"durable / previous write throughput: {d/p:.2f}x (first run), {d2/p:.2f}x (after the previous setting)")
PY

connections=16
id=$(curl -fs -H "$basic" "$base/api/registry/mentors" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
wrk -t2 -c"$connections" -d5s -H "$basic" "$base/api/registry/mentors/$id" >/dev/null
audited=$(run "GET /api/registry/mentors/{id} (audited)" "/api/registry/mentors/$id" "$basic")
plain=$(run "GET /api/modules (not audited)" /api/modules "$basic")
python3 - "$audited" "$plain" <<'PY'
import sys
a, p = map(float, sys.argv[1:])
print(f"audited read / unaudited read throughput at 16 connections: {a/p:.2f}x")
PY
