#!/usr/bin/env bash
# The Database API benchmarks: prints the machine facts, then the figures (cold start, warm latency, batch
# throughput, jar size). Loopback only, bounded in count and time. Usage, from anywhere:
#   jobdb/bench/run.sh [all|cold|warm|batch|size] [cold.runs=10] [warm.rate=200] [warm.seconds=20] [batch.runs=5]
# SKIP_BUILD=1 reuses jobdb/target as it is. The server's access log lines go to jobdb/target/bench/stderr.log.
set -euo pipefail
module=$(cd "$(dirname "$0")/.." && pwd)
root=$(dirname "$module")
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q install -pl jobdb -am -DskipTests
fi
mkdir -p "$module/target/bench"
./mvnw -q dependency:build-classpath -pl jobdb -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "java: $("$java_bin" -version 2>&1 | tr '\n' ' ')"
echo "uptime: $(uptime)"
cd "$module"
"$java_bin" -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" -Dmcfpipe.root="$root" \
  mcfpipe.jobdb.bench.Bench "$@" 2>target/bench/stderr.log
echo "uptime: $(uptime)"
