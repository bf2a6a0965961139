#!/bin/sh
# The benchmark of the chain (README "Performance"): starts keten-local in one JVM on free ports with fresh data,
# drives synthetic persons through §3.2, §3.3 and §4 via the public REST APIs, measures this machine's PostgreSQL and Kafka
# ceilings and the werkvoorraad with a million inburgeraars, prints a table and writes a JSON report.
#   ./keten-benchmark.sh                          defaults: 2000 persons, ceilings 10 s each, 1,000,000 inburgeraars
#   ./keten-benchmark.sh --personen=500 --rate=50 --zonder-miljoen
#   ./keten-benchmark.sh --personen=400 --zonder-miljoen --belasting=0.5 --verzadiging=/tmp/vol.json
#                                                 each wave at half the rate a saturation run's report delivered it at
#   ./keten-benchmark.sh --help                   all options
# Needs Java 17+. Builds the modules first (the first build downloads dependencies and takes a few minutes).
# Set JAVA_OPTS for JVM options (e.g. -Xmx4g, or -XX:StartFlightRecording=... ; see also --jfr=PATH).
set -e
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "keten-benchmark needs Java 17 or newer on the PATH." >&2
  exit 1
fi

echo "Building keten-benchmark, keten-local and the services (./mvnw package -DskipTests) ..."
./mvnw -B -q -DskipTests -pl keten-benchmark -am package

exec java ${JAVA_OPTS:-} -jar keten-benchmark/target/keten-benchmark-exec.jar "$@"
