#!/bin/sh
# Reproduces docs/performance.md: builds the benchmark jar with the peers (DuckDB, Tablesaw), runs the
# full workload at 10 million registrations with every approach in ONE JMH run (engine, engine on every
# core, hand-tuned floor, streams, DuckDB), then the memory report, the CSV ingest and the CPU-time harnesses.
set -e
cd "$(dirname "$0")/.."
uptime
mvn -B -ntp -q -Ppeers -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
java -jar $JAR 'RegistryBenchmark.full|PeerBenchmark.fullDuck' -f 1 -wi 3 -i 5 -w 2s -r 2s \
  -rf json -rff benchmarks/results/full-10m.json | tee benchmarks/results/full-10m.txt
uptime
java -Xmx6g -cp $JAR io.github.connectlao.benchmarks.MemoryReport 10000000 | tee benchmarks/results/memory-10m.txt
# The CSV ingest (JMH, wall clock), then CPU-time figures that a loaded machine distorts less:
# the reading thread's CPU time per million rows, and the floor, engine and parallel call interleaved.
uptime
java -jar $JAR CsvIngest -f 1 -wi 3 -i 5 -rf json -rff benchmarks/results/csv-ingest.json \
  | tee benchmarks/results/csv-ingest.txt
uptime
java -Xmx2g -XX:ActiveProcessorCount=1 -cp $JAR io.github.connectlao.benchmarks.CsvIngestCpuTime 1000000 \
  | tee benchmarks/results/csv-ingest-cpu.txt
java -Xms4g -Xmx4g -cp $JAR io.github.connectlao.benchmarks.EngineCpuTime 10000000 30 \
  | tee benchmarks/results/engine-cpu.txt
uptime
