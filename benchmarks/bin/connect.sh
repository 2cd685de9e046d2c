#!/usr/bin/env bash
# Kafka Connect standalone with the Debezium JDBC sink (the ingestion benchmark's peer).
# Sourced by ingestion.sh after lib.sh. Jars from Maven Central via benchmarks/connect/pom.xml.
CONNECT_DIR="$WORK/connect"

connect_fetch() {
  if [[ ! -d $CONNECT_DIR/libs || ! -d $CONNECT_DIR/plugins/debezium-connector-jdbc ]]; then
    log "fetching Kafka Connect and the Debezium JDBC sink (benchmarks/connect/pom.xml)"
    mvnw -q -f benchmarks/connect/pom.xml dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$CONNECT_DIR/libs"
    mvnw -q -f benchmarks/connect/pom.xml dependency:unpack -DoutputDirectory="$CONNECT_DIR/plugins"
  fi
}

connect_start() {
  local topic=$1
  connect_fetch
  local worker="$WORK/logs/connect-worker-$RUN_ID.properties" sink="$WORK/logs/connect-sink-$RUN_ID.properties"
  cat >"$worker" <<PROPS
bootstrap.servers=$BENCH_BOOTSTRAP
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
value.converter.schemas.enable=true
offset.storage.file.filename=$WORK/logs/connect-offsets-$RUN_ID
plugin.path=$CONNECT_DIR/plugins
listeners=http://127.0.0.1:$BENCH_CONNECT_PORT
consumer.max.poll.records=1000
PROPS
  cat >"$sink" <<PROPS
name=bench-peer-$RUN_ID
connector.class=io.debezium.connector.jdbc.JdbcSinkConnector
tasks.max=1
topics=$topic
connection.url=$BENCH_DB_URL
connection.username=$BENCH_DB_USER
connection.password=$BENCH_DB_PASSWORD
insert.mode=upsert
delete.enabled=false
primary.key.mode=record_value
primary.key.fields=dataset_id,record_id
schema.evolution=none
collection.name.format=bench_peer_attendance
table.name.format=bench_peer_attendance
batch.size=1000
PROPS
  log "starting Kafka Connect standalone (REST 127.0.0.1:$BENCH_CONNECT_PORT, Debezium JDBC sink, 1 task)"
  nohup java -Xmx512m -cp "$CONNECT_DIR/libs/*" -Dorg.slf4j.simpleLogger.defaultLogLevel=info \
    org.apache.kafka.connect.cli.ConnectStandalone "$worker" "$sink" >"$WORK/logs/connect-$RUN_ID.log" 2>&1 &
  CONNECT_PID=$!
  local deadline=$((SECONDS + 180)) state=
  until [[ $state == RUNNING ]]; do
    state=$(curl -fsS "http://127.0.0.1:$BENCH_CONNECT_PORT/connectors/bench-peer-$RUN_ID/status" 2>/dev/null \
      | sed -n 's/.*"tasks":\[{[^]]*"state":"\([A-Z]*\)".*/\1/p' || true)
    if [[ $state == FAILED ]] || ! kill -0 "$CONNECT_PID" 2>/dev/null || ((SECONDS > deadline)); then
      tail -40 "$WORK/logs/connect-$RUN_ID.log"; die "Kafka Connect did not start the sink (state '$state')"
    fi
    sleep 1
  done
  log "Kafka Connect sink task RUNNING (pid $CONNECT_PID, RSS $(rss_mb "$CONNECT_PID") MB) [$(load)]"
}

connect_stop() {
  [[ -n $CONNECT_PID ]] || return 0
  kill "$CONNECT_PID" 2>/dev/null || true
  wait "$CONNECT_PID" 2>/dev/null || true
  log "Kafka Connect stopped"
  CONNECT_PID=
}
