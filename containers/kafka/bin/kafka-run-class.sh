#!/bin/bash
# Runs a Kafka main class on the image's jars (what Kafka's own kafka-run-class.sh does, minus its options).
# Tools log warnings to stderr; the broker sets KAFKA_LOG4J_CONFIG to its own configuration.
exec java ${KAFKA_HEAP_OPTS:-} ${KAFKA_OPTS:-} \
    -Dlog4j2.configurationFile="${KAFKA_LOG4J_CONFIG:-/etc/kafka/docker/tools-log4j2.yaml}" \
    -cp '/opt/kafka/libs/*' "$@"
