#!/usr/bin/env bash
# Load from a second process against a running copy of the distribution: what the platform's REST and security
# path (authentication, session lookup, authorisation) costs per request, as a ratio against a static UI file
# served by the same Jetty in the same run (the reference: the web server with none of our code in the way).
# The first Basic run starts with a cold credential cache, as a script's first burst would. Needs wrk (apt-get install wrk) and a built assembly
# (mvn -B package -DskipTests). Traffic goes to 127.0.0.1 only.
#
#   bash benchmarks/platform-load.sh [seconds-per-run, default 15] [connections, default 16]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-15}
connections=${2:-16}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -d "$root/karaf-assembly/target/assembly" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null; pkill -f "karaf.home=$work/mk" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$root/karaf-assembly/target/assembly" "$work/mk"
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/mk/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 0/" "$work/mk/etc/org.apache.karaf.shell.cfg"
password="Benchmark-only-password-1"
(cd "$work/mk" && MENTORKIT_ADMIN_PASSWORD=$password bin/karaf server > "$work/console.log" 2>&1 & echo $! > "$work/pid")
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do curl -fs "$base/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/api/health" >/dev/null

basic="Authorization: Basic $(printf 'admin:%s' "$password" | base64 -w0)"
cookie=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/api/session" | tr -d '\r' \
  | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')

run() { # name, path, extra header
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency ${3:+-H "$3"} "$base$2")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}" >&2
  echo "$rps"
}

b0=$(run "GET /api/session, Basic, cold cache" /api/session "$basic")
wrk -t2 -c"$connections" -d5s "$base/ui/app.css" >/dev/null   # warm-up of the JIT
ref=$(run "GET /ui/app.css (reference)" /ui/app.css "")
h=$(run "GET /api/health" /api/health "")
b=$(run "GET /api/session, HTTP Basic" /api/session "$basic")
c=$(run "GET /api/session, session cookie" /api/session "Cookie: $cookie")
m=$(run "GET /api/modules, session cookie" /api/modules "Cookie: $cookie")
python3 - "$ref" "$h" "$b" "$c" "$m" <<'PY'
import sys
ref, *others = map(float, sys.argv[1:])
names = ["health", "Basic", "cookie", "modules+cookie"]
print("throughput relative to the static reference: " + ", ".join(f"{n} {o/ref:.2f}x" for n, o in zip(names, others)))
PY
echo "resident memory of the server after the runs: $(( $(ps -o rss= -p "$(pgrep -f "karaf.home=$work/mk" | head -1)") / 1024 )) MiB"
