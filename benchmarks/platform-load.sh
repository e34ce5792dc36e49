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
# shellcheck source=benchmarks/distribution.sh
source "$root/benchmarks/distribution.sh"
cookie=$(session_cookie)

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
