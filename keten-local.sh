#!/bin/sh
# Runs the whole inburgeringsketen on this machine: Kafka, PostgreSQL and the five services in one JVM.
#   ./keten-local.sh            start (data kept in .keten-local/)
#   ./keten-local.sh --demo     start and load demo persons through the REST APIs
#   ./keten-local.sh --reset    start from empty data
#   ./keten-local.sh --help     all options
# Needs Java 17+. Builds the modules first (the first build downloads dependencies and takes a few minutes).
set -e
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "keten-local needs Java 17 or newer on the PATH." >&2
  exit 1
fi

echo "Building keten-local and the services (./mvnw package -DskipTests) ..."
./mvnw -B -q -DskipTests -pl keten-local -am package

exec java ${JAVA_OPTS:-} -jar keten-local/target/keten-local-exec.jar "$@"
