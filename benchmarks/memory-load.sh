#!/usr/bin/env bash
# Resident memory and latency under mixed load, Karaf's default JVM settings against the shipped bin/setenv, in one
# run: each starts a fresh copy of the built distribution, takes 60 s of mixed reads (benchmarks/mixed.lua: library
# search, registry, session, modules, forms, checklists, health) at 16 connections with HTTP Basic, and reports RSS
# before and after and wrk's p50/p99. Needs wrk and a built assembly; traffic goes to 127.0.0.1 only.
#
#   bash benchmarks/memory-load.sh [seconds, default 60] [connections, default 16]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-60}
connections=${2:-16}

measure() { # measure LABEL SETENV-FILE-OR-EMPTY
  (
    # shellcheck source=benchmarks/distribution.sh
    export MK_PREPARE_SETENV="$2"
    source "$root/benchmarks/distribution.sh"
    pid=$(pgrep -f "karaf.home=$work/mk" | head -1)
    before=$(( $(ps -o rss= -p "$pid") / 1024 ))
    wrk -t2 -c"$connections" -d10s -H "$basic" -s "$root/benchmarks/mixed.lua" "$base" >/dev/null # JIT warm-up
    run "$1: mixed GET, Basic" "$root/benchmarks/mixed.lua" "$basic" >/dev/null
    after=$(( $(ps -o rss= -p "$pid") / 1024 ))
    heap=$(tr '\0' ' ' < "/proc/$pid/cmdline" | grep -o -- '-Xmx[^ ]*' || echo "default (a quarter of RAM)")
    echo "$1: heap $heap; resident $before MiB after start, $after MiB after ${duration}s at $connections connections" >&2
  ) || true # the copy's clean-up may race the stopping JVM; the figures are printed by then
}
measure "Karaf defaults" ""
measure "shipped setenv" "$root/karaf-assembly/target/assembly/bin/setenv"
