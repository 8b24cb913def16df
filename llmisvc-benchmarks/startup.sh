#!/usr/bin/env bash
# Times cold single calls of the llmisvc command line: --version, compose and render of one
# sample service. Each command runs RUNS times (default 7) in a fresh JVM; the median, minimum
# and maximum of wall time and of CPU time (user + sys) are printed with the load average, since
# on a shared machine the load moves the figures more than anything else. Needs GNU time at
# /usr/bin/time.
#
#   llmisvc-benchmarks/startup.sh [runs] [-- launcher command...]
#
# Without a launcher command it times ./llmisvc (which uses the class-data sharing archive when
# one matches the jar). Example with a bare JVM for comparison:
#   llmisvc-benchmarks/startup.sh 7 -- java -jar llmisvc-cli/target/llmisvc.jar
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs=7
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  runs=$1
  shift
fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
if [ $# -gt 0 ]; then
  launcher=("$@")
else
  launcher=(./llmisvc)
fi
sample=llmisvc-examples/src/main/resources/samples/single-node-gpu.yaml

# warm the file cache and, for ./llmisvc, build a stale jar before timing anything
"${launcher[@]}" --version > /dev/null

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.2f s (min %.2f, max %.2f)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

# Wall time, and CPU time (user + sys of the JVM's threads), which a busy machine inflates less.
time_one() {
  local label=$1
  shift
  local walls=() cpus=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp" -f '%e %U %S' "$@" > /dev/null 2>&1 || true
    read -r wall user sys < <(tail -1 "$tmp")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
  done
  printf '%-9s wall median %s; CPU median %s\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
}

echo "launcher: ${launcher[*]}; $runs runs each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
time_one --version "${launcher[@]}" --version
time_one compose "${launcher[@]}" compose -f "$sample"
time_one render "${launcher[@]}" render -f "$sample"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
