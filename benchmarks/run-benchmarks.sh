#!/bin/sh
# Reproduces docs/performance.md: builds the benchmark jar with the peers (DuckDB, Tablesaw) and runs
# every benchmark at 1 million registrations, then at 10 million (last), writing JSON results.
set -e
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Ppeers -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
OPTS="-f 1 -wi 2 -i 3 -w 1s -r 1s"
java -jar $JAR $OPTS -p size=1000000 -rf json -rff benchmarks/results/jmh-1m.json | tee benchmarks/results/jmh-1m.txt
java -jar $JAR 'RegistryBenchmark|PeerBenchmark.(rollup|completeness)DuckDb' $OPTS -p size=10000000 \
  -rf json -rff benchmarks/results/jmh-10m.json | tee benchmarks/results/jmh-10m.txt
java -Xmx6g -cp $JAR io.github.connectlao.benchmarks.MemoryReport 10000000 | tee benchmarks/results/memory-10m.txt
