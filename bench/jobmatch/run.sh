#!/usr/bin/env bash
# The recommender's scale run (BENCHMARKS.md, "Recommender"): 100,000 generated jobs scored by jobmatch, then the
# title-tag part of the same scoring by scikit-learn on the same titles. Each under /usr/bin/time for its peak RSS.
#   bench/jobmatch/run.sh            HEAP=256m bench/jobmatch/run.sh      (Java heap limit, default 512m)
# Needs a built tree (./mvnw install -DskipTests) and Debian's python3-sklearn.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/out/jobmatch
mkdir -p "$out"
./mvnw -q -B -pl jobmatch test-compile
./mvnw -q -B -pl jobmatch dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "load: $(uptime)"
/usr/bin/time -f "java: peak RSS %M KiB, wall %e s (JVM start and data generation included)" \
  java -Xmx"${HEAP:-512m}" -Dmcfpipe.root="$PWD" \
  -cp "jobmatch/target/test-classes:jobmatch/target/classes:$(cat jobmatch/target/bench-classpath.txt)" \
  mcfpipe.jobmatch.bench.ScaleBench "$out"
/usr/bin/time -f "python: peak RSS %M KiB, wall %e s" /usr/bin/python3 bench/jobmatch/sklearn_tags.py "$out"
