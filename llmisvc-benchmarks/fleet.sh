#!/usr/bin/env bash
# Times the real command line on a mixed fleet: compose and render of N services (default 10,000)
# in one file, as JSON and as YAML, each in a fresh JVM with a 1 GiB heap, output to /dev/null.
# Prints wall time, CPU time (user + sys, every thread of the JVM) and peak RSS from
# /usr/bin/time -v, with the load average before and after (the figures are only comparable at
# similar load).
#
#   llmisvc-benchmarks/fleet.sh [services] [command...]
#
# command: any of compose-json compose-yaml render-json render-yaml (default: all four).
# JAVA_OPTS adds JVM flags, e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1 to compare a launcher flag.
# Needs both jars, built with:
#   ./mvnw -o -q -B -Pbenchmarks -DskipTests package -pl llmisvc-cli,llmisvc-benchmarks -am
# The fleet (Fleet in the benchmarks jar: the ServiceShapes in turn, 50 namespaces, varied
# names, uids and replicas) is written once to llmisvc-benchmarks/target/fleet/ and reused.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
services=${1:-10000}
[ $# -gt 0 ] && shift
commands=("$@")
[ ${#commands[@]} -gt 0 ] || commands=(compose-json compose-yaml render-json render-yaml)
cli=llmisvc-cli/target/llmisvc.jar
benchmarks=llmisvc-benchmarks/target/benchmarks.jar
for jar in "$cli" "$benchmarks"; do
  if [ ! -f "$jar" ]; then
    echo "fleet.sh: $jar is missing; build it with" >&2
    echo "  ./mvnw -o -q -B -Pbenchmarks -DskipTests package -pl llmisvc-cli,llmisvc-benchmarks -am" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "fleet.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi

dir=llmisvc-benchmarks/target/fleet
fleet=$dir/fleet-$services.yaml
profile=$dir/my-gpu-profile.yaml
mkdir -p "$dir"
if [ ! -s "$fleet" ] || [ "$benchmarks" -nt "$fleet" ]; then
  java -cp "$benchmarks" dev.llmisvc.benchmarks.Fleet "$fleet" "$profile" "$services"
fi

# shellcheck disable=SC2206 # JAVA_OPTS is split into flags on purpose
opts=(${JAVA_OPTS:-})
echo "java: $(java -version 2>&1 | head -1); flags: -Xmx1g ${opts[*]}; nproc $(nproc)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-13s %5s %9s %13s %13s %13s\n' command exit "wall s" "user+sys s" "peak RSS MiB" "stderr lines"
status=0
for c in "${commands[@]}"; do
  sub=${c%-*}
  format=${c#*-}
  case "$sub/$format" in
    compose/json | compose/yaml | render/json | render/yaml) ;;
    *)
      echo "fleet.sh: unknown command $c" >&2
      exit 2
      ;;
  esac
  set +e
  /usr/bin/time -v -o "$dir/time.txt" java -Xmx1g "${opts[@]}" -jar "$cli" "$sub" \
    -f "$fleet" --config "$profile" -o "$format" > /dev/null 2> "$dir/$c.stderr"
  exit=$?
  set -e
  [ "$exit" -eq 0 ] || status=1
  awk -v c="$c" -v rc="$exit" -v errs="$(wc -l < "$dir/$c.stderr")" '
    /Elapsed \(wall clock\) time/ {
      n = split($NF, t, ":"); wall = 0
      for (i = 1; i <= n; i++) wall = wall * 60 + t[i]
    }
    /User time \(seconds\)/ { cpu += $NF }
    /System time \(seconds\)/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%-13s %5d %9.2f %13.2f %13.0f %13d\n", c, rc, wall, cpu, rss, errs }
  ' "$dir/time.txt"
  if [ "$exit" -ne 0 ]; then
    echo "  $c: $(head -1 "$dir/$c.stderr" | cut -c1-200)"
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$status" -ne 0 ]; then
  echo "fleet.sh: a command failed; its standard error is in $dir/<command>.stderr" >&2
fi
exit "$status"
