#!/usr/bin/env bash
# REST search under load from a second process (wrk) against a running copy of the distribution: queries/s and
# p99 of GET /api/library/search (text across the language fields, access filter, drill-sideways facets, snippets),
# next to a static UI file from the same Jetty in the same run (the reference: the web server without our code).
# The library holds the starter corpus plus N generated resources (default 5000) imported through the API first.
# Needs wrk (apt-get install wrk) and a built assembly (mvn -B package -DskipTests). Traffic stays on 127.0.0.1.
#
#   bash benchmarks/library/rest-load.sh [seconds-per-run, default 15] [connections, default 16] [generated docs, default 5000]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
duration=${1:-15}
connections=${2:-16}
generated=${3:-5000}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
[ -d "$root/karaf-assembly/target/assembly" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
cleanup() {
  local pid
  pid=$(pgrep -f "karaf.home=$work/mk" | head -1 || true)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  [ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null || true
  sleep 2
  rm -rf "$work"
}
trap cleanup EXIT
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
for _ in $(seq 1 240); do
  total=$(curl -fs -H "$basic" "$base/api/library/search?size=1" 2>/dev/null | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])' 2>/dev/null || echo 0)
  [ "$total" -ge 40 ] && break; sleep 0.5
done
echo "starter corpus: $total resources" >&2

# Generated resources (fictional, labelled), imported as one bulk job through the API.
python3 - "$work/gen" "$generated" <<'PY'
import os, random, sys
folder, n = sys.argv[1], int(sys.argv[2])
os.makedirs(folder)
random.seed(42)
words = ("radikalisering fremmedkriger mentor ungdom familie samtale tillit risiko vurdering oppfølging skole "
         "politiet barnevernet nettverk ideologi ekstremisme traumer trygghet identitet tilhørighet ettervern "
         "veiledning samarbeid taushetsplikt dokumentasjon samtykke kultur motivasjon relasjon grenser").split()
topics = ["returnees", "family", "trauma", "risk-assessment", "law-ethics", "inter-agency", "diaspora"]
for i in range(n):
    body = " ".join(random.choice(words) for _ in range(200))
    with open(os.path.join(folder, f"gen-{i:06d}.md"), "w") as f:
        f.write(f"---\ntitle: Generert ressurs {i} (fiktiv)\nsummary: Generert for lasttest.\nlanguage: nb\n"
                f"topics: [{random.choice(topics)}]\naudience: [mentor]\nyear: {2000 + i % 27}\n"
                f"evidence: practice\naccess: {random.choice(['all', 'all', 'trained', 'coordinator'])}\n---\n{body}\n")
PY
job=$(curl -fs -H "$basic" -H 'Content-Type: application/json' -d "{\"folder\":\"$work/gen\"}" "$base/api/library/import" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
start=$(date +%s.%N)
while :; do
  state=$(curl -fs -H "$basic" "$base/api/library/jobs/$job" | python3 -c 'import json,sys;j=json.load(sys.stdin);print(j["state"], j["done"], j["total"])')
  case "$state" in done*|failed*) break;; esac
  sleep 1
done
echo "import of $generated generated resources: $state in $(python3 -c "import time;print(round(time.time()-$start,1))") s" >&2

cookie=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/api/session" | tr -d '\r' \
  | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
cat > "$work/queries.lua" <<'LUA'
local queries = {"fremmedkrigere", "radikaliseringa", "samtalen%20med%20ungdommen", "taushetsplikt",
  "familien", "traumer", "foreign%20fighters", "ettervern", "risikovurdering", "tillit%20skole"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/library/search?q=" .. queries[(i % #queries) + 1])
end
LUA

run() { # name, path or script, header
  local out
  if [[ "$2" == *.lua ]]; then out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "$3" -s "$2" "$base")
  else out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency ${3:+-H "$3"} "$base$2"); fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-44s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}" >&2
  echo "$rps"
}
wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie" -s "$work/queries.lua" "$base" >/dev/null   # JIT warm-up
ref=$(run "GET /ui/app.css (reference)" /ui/app.css "")
s=$(run "GET /api/library/search, 10 queries, cookie" "$work/queries.lua" "Cookie: $cookie")
f=$(run "GET /api/library/search?q=…&topic=family" "/api/library/search?q=samtale&topic=family" "Cookie: $cookie")
python3 - "$ref" "$s" "$f" <<'PY'
import sys
ref, s, f = map(float, sys.argv[1:])
print(f"search throughput relative to the static reference: {s/ref:.2f}x (with a facet filter {f/ref:.2f}x)")
PY
