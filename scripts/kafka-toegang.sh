#!/bin/sh
# The topics and ACLs of a shared Kafka cluster, generated from the topic catalogue (decision 0018).
#   scripts/kafka-toegang.sh duo coa ind instelling-12345 gemeente-0363 gemeente-0599
#   scripts/kafka-toegang.sh gemeente-0518          # a gemeente that joins: its topics and its principal's ACLs
# Prints kafka-topics.sh and kafka-acls.sh commands for a shell in which KAFKA (bootstrap servers) and KAFKA_ADMIN
# (the operator's client properties file) are set. A gemeente's service then runs with
# SPRING_KAFKA_CONSUMER_GROUPID=gemeente-service-<code>, KETEN_OUTBOX_TRANSACTIEIDPREFIX=outbox-gemeente-service-<code>-
# and KETEN_GEMEENTEN=<code> (README, Deploy).
set -e
cd "$(dirname "$0")/.."
jar=keten-local/target/keten-local-exec.jar
if [ ! -f "$jar" ]; then
  echo "Building keten-local (./mvnw package -DskipTests) ..." >&2
  ./mvnw -B -q -DskipTests -pl keten-local -am package >&2
fi
exec java -cp "$jar" -Dloader.main=nl.inburgering.contracts.KafkaToegang \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
