#!/usr/bin/env bash
# REST search under load from a second process (wrk) against a running copy of the distribution: queries/s and
# p99 of GET /api/library/search (text across the language fields, access filter, drill-sideways facets, snippets),
# next to a static UI file from the same Jetty in the same run (the reference: the web server without our code).
# The library holds the starter corpus plus N generated resources (default 5000; the JMH corpus, written by
# WriteCorpus) imported through the API first. After a warm-up until throughput is steady, four mixes: a dozen
# recurring queries, one query with a facet filter, thousands of distinct ones (every one a cache miss), and the
# same distinct ones each with facet choices (one or two topics, every third also a language).
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

# Generated resources (fictional, labelled "(fiktiv)"): the JMH benchmarks' corpus, with Zipf-like word
# frequencies, written as Markdown by the benchmarks jar and imported as one bulk job through the API.
# Written inside the distribution's import folder (folder imports read nowhere else), readable by all as before.
gen="$work/mk/data/mentorkit/library-import/gen"
java -cp "$root/benchmarks/library/target/benchmarks.jar" no.mentorkit.library.bench.WriteCorpus "$gen" "$generated"
job=$(curl -fs -H "$basic" -H 'Content-Type: application/json' -d "{\"folder\":\"$gen\",\"access\":\"all\"}" "$base/api/library/import" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
start=$(date +%s.%N)
while :; do
  state=$(curl -fs -H "$basic" "$base/api/library/jobs/$job" | python3 -c 'import json,sys;j=json.load(sys.stdin);print(j["state"], j["done"], j["total"])')
  case "$state" in done*|failed*) break;; esac
  sleep 1
done
echo "import of $generated generated resources: $state in $(python3 -c "import time;print(round(time.time()-$start,1))") s" >&2

cookie=$(session_cookie)
# queries.lua reads one query per line from the file named by QUERIES and sends them in turn; each wrk thread
# starts at its own place in the list (run uses two threads: the second starts half-way), so in the distinct mix no thread asks what
# another has just asked and every request misses the caches. (Unseeded, every thread's math.random gave the
# same place, and half the "distinct" requests were answered from the cache.)
cat > "$work/queries.lua" <<'LUA'
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  -- "text|&facet=value…": the text is encoded, the facet parameters after the bar are sent as they are.
  local text, facets = line:match("^([^|]*)|?(.*)$")
  queries[#queries + 1] = text:gsub("[^%w%-]", function(c) return string.format("%%%02X", string.byte(c)) end) .. facets
end
local i
request = function()
  if i == nil then i = math.floor((id or 0) * #queries / 2) end
  i = i % #queries + 1
  return wrk.format("GET", "/api/library/search?q=" .. queries[i])
end
LUA

# Warm-up: the JIT compiles Lucene's, CXF's and Jetty's hot paths for minutes on two cores, and a server answers
# from that state for days. The distinct mix runs in windows of $duration s until two windows in a row agree
# within 10 % on throughput (at least 4, at most 20 windows); the first window is what a cold start gives.
export QUERIES="$work/queries-distinct.txt"
previous=0
for window in $(seq 1 20); do
  rps=$(run "warm-up $window, distinct queries" "$work/queries.lua" "Cookie: $cookie")
  if [ "$window" -ge 4 ] && python3 -c "import sys; a, b = $previous, $rps; sys.exit(0 if abs(a - b) <= 0.1 * max(a, b) else 1)"; then
    break
  fi
  previous=$rps
done
export QUERIES="$work/queries-popular.txt"
ref=$(run "GET /ui/app.css (reference)" /ui/app.css "")
s=$(run "GET /api/library/search, 12 recurring queries" "$work/queries.lua" "Cookie: $cookie")
f=$(run "GET /api/library/search?q=…&topic=family" "/api/library/search?q=samtale&topic=family" "Cookie: $cookie")
export QUERIES="$work/queries-distinct.txt"
d=$(run "GET /api/library/search, distinct queries" "$work/queries.lua" "Cookie: $cookie")
export QUERIES="$work/queries-faceted.txt"
df=$(run "GET /api/library/search, distinct queries with facet choices" "$work/queries.lua" "Cookie: $cookie")
python3 - "$ref" "$s" "$f" "$d" "$df" <<'PY'
import sys
ref, s, f, d, df = map(float, sys.argv[1:])
print(f"search throughput relative to the static reference: recurring {s/ref:.3f}x, with a facet filter {f/ref:.3f}x, "
      f"distinct {d/ref:.3f}x, distinct with facet choices {df/ref:.3f}x")
PY
