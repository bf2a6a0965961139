#!/bin/sh
# Runs the whole inburgeringsketen on this machine: Kafka, PostgreSQL and the five services in one JVM.
#   ./keten-local.sh            start (data kept in .keten-local/)
#   ./keten-local.sh --demo     start and load demo persons through the REST APIs
#   ./keten-local.sh --reset    start from empty data
#   ./keten-local.sh --help     all options
# Needs Java 17+. Builds the modules first (the first build downloads dependencies and takes a few minutes).
# The first start after a build that changed the jar is preceded by a training start (decision 0050):
# KETEN_LOCAL_CDS=off skips it and starts the plain jar.
set -e
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "keten-local needs Java 17 or newer on the PATH." >&2
  exit 1
fi

echo "Building keten-local and the services (./mvnw package -DskipTests) ..."
./mvnw -B -q -DskipTests -pl keten-local -am package

JAR=keten-local/target/keten-local-exec.jar
# C1 only: a start compiles thousands of methods once; C2's optimised code pays off only in long runs (the
# benchmark, which does not use this script), and C2 took a third of the start's CPU (decision 0050).
JIT_OPTS="-XX:TieredStopAtLevel=1"

# Class data sharing (decision 0050): the jar extracted once per build (CDS needs plain jars on the class path),
# an archive of the classes a start loads written by one training start, then used by every start. Anything
# that goes wrong here only means starting without it.
START=keten-local/target/start
# With an agent or JFR from the start (JVMTI class file load hooks) JDK 17.0.15 crashed loading a class from the
# archive (SIGSEGV in check_shared_class_file_load_hook): such starts go without it.
case "${JAVA_OPTS:-} ${JAVA_TOOL_OPTIONS:-}" in
  *-javaagent*|*-agentlib*|*-agentpath*|*FlightRecord*) KETEN_LOCAL_CDS=off ;;
esac
if [ "${KETEN_LOCAL_CDS:-on}" = off ]; then
  exec java $JIT_OPTS ${JAVA_OPTS:-} -jar "$JAR" "$@"
fi
stamp=$(cksum <"$JAR")
if [ "$(cat "$START/jar.cksum" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$START"
  mkdir -p "$START"
  if java -Djarmode=tools -jar "$JAR" extract --destination "$START/ext" >"$START/extract.log" 2>&1; then
    echo "$stamp" >"$START/jar.cksum"
  fi
fi
if [ ! -f "$START/jar.cksum" ]; then
  echo "(could not extract $JAR, see $START/extract.log: starting without class data sharing)"
  exec java $JIT_OPTS ${JAVA_OPTS:-} -jar "$JAR" "$@"
fi

ARCHIVE="$START/keten-local.jsa"
training=yes
ports=""
for arg in "$@"; do
  case "$arg" in
    --help|-h|--token-issuer-only) training=no ;;
    --*-port=*) ports="$ports $arg" ;;
  esac
done
if [ ! -f "$ARCHIVE" ] && [ $training = yes ]; then
  echo "First start of this build: a training start for class data sharing (once per build, about as long as a"
  echo "start; later starts are faster; log in $START/training.log) ..."
  rm -f "$ARCHIVE.tmp"
  # Its own data (a PostgreSQL of its own, from empty), the ports the real start will use; it stops once started.
  # shellcheck disable=SC2086
  if java $JIT_OPTS ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$ARCHIVE.tmp" -jar "$START/ext/keten-local-exec.jar" \
      --stop-after-start --reset --data-dir="$START/training-data" $ports >"$START/training.log" 2>&1 \
      && [ -s "$ARCHIVE.tmp" ] && java -XX:SharedArchiveFile="$ARCHIVE.tmp" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$START/ext/keten-local-exec.jar" --help >/dev/null 2>&1; then
    # (the check above: -Xshare:auto ignores an archive that does not fit, but a damaged one crashes the JVM)
    mv "$ARCHIVE.tmp" "$ARCHIVE"
  else
    rm -f "$ARCHIVE.tmp"
    echo "(the training start failed, see $START/training.log: starting without class data sharing)"
  fi
  rm -rf "$START/training-data"
fi
if [ -f "$ARCHIVE" ]; then
  # -Xshare:auto: an archive the JVM cannot use (another JDK, a changed class path) is ignored, the start goes on.
  # JAVA_OPTS last, so that e.g. -Xshare:off there wins.
  exec java $JIT_OPTS -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} \
    -jar "$START/ext/keten-local-exec.jar" "$@"
fi
exec java $JIT_OPTS ${JAVA_OPTS:-} -jar "$START/ext/keten-local-exec.jar" "$@"
