# Sourced by the load scripts: starts a copy of the built distribution on a free port and offers wrk runs against
# it. Expects $root (the project root) and $connections and $duration; sets $work, $base, $password and $basic.
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
[ -d "$root/karaf-assembly/target/assembly" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null; pkill -f "karaf.home=$work/mk" 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
cp -r "$root/karaf-assembly/target/assembly" "$work/mk"
# memory-load.sh compares JVM settings: an empty value runs with Karaf's defaults, a file replaces bin/setenv.
if [ -n "${MK_PREPARE_SETENV+set}" ]; then
  if [ -n "$MK_PREPARE_SETENV" ]; then cp "$MK_PREPARE_SETENV" "$work/setenv"; mv "$work/setenv" "$work/mk/bin/setenv"; else : > "$work/mk/bin/setenv"; fi
fi
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/mk/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 0/" "$work/mk/etc/org.apache.karaf.shell.cfg"
password="Benchmark-only-password-1"
base="http://127.0.0.1:$port"

# start_server: starts the copy on its data (first start or again) and waits until it answers /api/health.
start_server() {
  (cd "$work/mk" && MENTORKIT_ADMIN_PASSWORD=$password bin/karaf server >> "$work/console.log" 2>&1 & echo $! > "$work/pid")
  for _ in $(seq 1 240); do curl -fs "$base/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "$base/api/health" >/dev/null
}

# stop_server: stops the copy and waits for its JVM to end (so its database file is closed).
stop_server() {
  local jvm; jvm=$(pgrep -f "karaf.home=$work/mk" | head -1)
  kill "$jvm"; for _ in $(seq 1 120); do kill -0 "$jvm" 2>/dev/null || break; sleep 0.5; done
}

start_server
basic="Authorization: Basic $(printf 'admin:%s' "$password" | base64 -w0)"

# A browser-style session cookie for admin.
session_cookie() {
  curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/api/session" | tr -d '\r' \
    | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p'
}

# run NAME PATH-OR-LUA-SCRIPT [HEADER]: one wrk run; prints a line to stderr and the requests/s to stdout.
run() {
  local out
  if [[ "$2" == *.lua ]]; then out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency ${3:+-H "$3"} -s "$2" "$base")
  else out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency ${3:+-H "$3"} "$base$2"); fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-44s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}" >&2
  echo "$rps"
}
