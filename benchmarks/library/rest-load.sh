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
# shellcheck source=benchmarks/distribution.sh
source "$root/benchmarks/distribution.sh"
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

cookie=$(session_cookie)
cat > "$work/queries.lua" <<'LUA'
local queries = {"fremmedkrigere", "radikaliseringa", "samtalen%20med%20ungdommen", "taushetsplikt",
  "familien", "traumer", "foreign%20fighters", "ettervern", "risikovurdering", "tillit%20skole"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/library/search?q=" .. queries[(i % #queries) + 1])
end
LUA

wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie" -s "$work/queries.lua" "$base" >/dev/null   # JIT warm-up
ref=$(run "GET /ui/app.css (reference)" /ui/app.css "")
s=$(run "GET /api/library/search, 10 queries, cookie" "$work/queries.lua" "Cookie: $cookie")
f=$(run "GET /api/library/search?q=…&topic=family" "/api/library/search?q=samtale&topic=family" "Cookie: $cookie")
python3 - "$ref" "$s" "$f" <<'PY'
import sys
ref, s, f = map(float, sys.argv[1:])
print(f"search throughput relative to the static reference: {s/ref:.2f}x (with a facet filter {f/ref:.2f}x)")
PY
