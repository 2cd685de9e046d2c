#!/usr/bin/env bash
# Fault injection during ingestion (issue 10). One command per fault:
#
#   benchmarks/bin/fault-injection.sh hub-kill       [LINES]   # SIGKILL the hub mid-ingestion, restart it
#   benchmarks/bin/fault-injection.sh broker-restart [LINES]   # stop the Kafka broker mid-ingestion, start it again
#   benchmarks/bin/fault-injection.sh postgres-stop  [LINES]   # stop PostgreSQL 20 s mid-ingestion
#   benchmarks/bin/fault-injection.sh all            [LINES]
#
# LINES defaults to 200 000 attendance lines (plus the bench performances, stored first).
# The producer is paced (FAULT_PRODUCE_RATE, 1000 records/s) so that it is still producing
# when the fault hits, and keeps retrying through it (idempotent, acks=all, 10 min delivery
# timeout). When the hub's stored offsets pass FAULT_AT (default 0.3) of LINES the fault is
# injected; the run then waits until every line is stored and checks: exactly LINES distinct
# records, each counted once; facts and rollups equal to a recomputation; rollup totals equal
# to the generated corpus's totals; nothing refused. Exit status 0 only if every check passes.
#
# broker-restart never touches the shared broker: it starts a private one from this
# checkout's deploy/local/kafka.sh on FAULT_KAFKA_PORT (19092) / FAULT_KAFKA_CONTROLLER_PORT
# (19093), with its own working directory benchmarks/.work/kafka-private, and stops it at the end.
# postgres-stop never touches the shared PostgreSQL either: it runs a private server as user
# postgres (initdb on first use) in FAULT_PGDATA (/tmp/hub-bench-pg) on FAULT_PGPORT (15432),
# trust authentication on 127.0.0.1 only, and stops it at the end. While it is down the
# hub's readiness (/q/health/ready) must answer 503, and 200 again once it is back.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
MODE=${1:-all}
SHARED_BOOTSTRAP=$BENCH_BOOTSTRAP
LINES=${2:-${LINES:-200000}}
FAULT_AT=${FAULT_AT:-0.3}
BROKER_DOWN_SECONDS=${BROKER_DOWN_SECONDS:-10}
# Production is paced so that it is still going on when the fault hits (producer side too).
FAULT_PRODUCE_RATE=${FAULT_PRODUCE_RATE:-1000}
FAULT_KAFKA_PORT=${FAULT_KAFKA_PORT:-19092}
FAULT_KAFKA_CONTROLLER_PORT=${FAULT_KAFKA_CONTROLLER_PORT:-19093}
FAULT_PGDATA=${FAULT_PGDATA:-/tmp/hub-bench-pg}
FAULT_PGPORT=${FAULT_PGPORT:-15432}
PG_DOWN_SECONDS=${PG_DOWN_SECONDS:-20}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
OUT="$WORK/results/fault-$MODE-$RUN_ID.txt"
exec > >(tee "$OUT") 2>&1

INGEST_PID=
PRIVATE_BROKER=0
PRIVATE_PG=0
as_postgres() { if [[ $(id -un) == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi; }
private_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$FAULT_PGDATA" -l "$FAULT_PGDATA/server.log" -w -t 60 "$@"; }
private_pg_start() {
  if [[ ! -f $FAULT_PGDATA/PG_VERSION ]]; then
    log "initdb of a private PostgreSQL in $FAULT_PGDATA"
    mkdir -p "$FAULT_PGDATA" && chown postgres "$FAULT_PGDATA" && chmod 700 "$FAULT_PGDATA"
    as_postgres "$PG_BIN/initdb" -D "$FAULT_PGDATA" -A trust -U postgres >/dev/null
  fi
  private_pg -o "-p $FAULT_PGPORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  log "private PostgreSQL up on 127.0.0.1:$FAULT_PGPORT"
}
private_kafka() { KAFKA_WORK=$WORK/kafka-private KAFKA_PORT=$FAULT_KAFKA_PORT KAFKA_CONTROLLER_PORT=$FAULT_KAFKA_CONTROLLER_PORT "$REPO/deploy/local/kafka.sh" "$@"; }
cleanup() {
  [[ -n $INGEST_PID ]] && kill "$INGEST_PID" 2>/dev/null || true
  hub_stop
  bench delete-topics --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ" >/dev/null 2>&1 || true
  if [[ $PRIVATE_BROKER == 1 ]]; then private_kafka stop || true; fi
  if [[ $PRIVATE_PG == 1 ]]; then private_pg stop -m fast >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

stored() { psql_bench -c "select coalesce(sum(next_offset), 0) from consumer_offset where group_id = '$HUB_GROUP' and topic = '$TOPIC_ATTENDANCE'" 2>/dev/null || echo -1; }

wait_stored_at_least() {
  local target=$1 s
  while :; do
    s=$(stored)
    if ((s >= target)); then log "stored $s of $LINES lines [$(load)]"; return 0; fi
    kill -0 "$INGEST_PID" 2>/dev/null || die "the producer/waiter exited early"
    sleep 0.5
  done
}

run_fault() {
  local kind=$1
  RUN_ID="$(date +%Y%m%d%H%M%S)-$kind"
  TOPIC_PERFORMANCE="bench.$RUN_ID.performance"; TOPIC_ATTENDANCE="bench.$RUN_ID.attendance"
  TOPIC_WORK="bench.$RUN_ID.work"; TOPIC_DLQ="bench.$RUN_ID.dlq"; HUB_GROUP="hub-bench-$RUN_ID"
  HUB_LOG="$WORK/logs/hub-$RUN_ID.log"
  log "=== fault $kind: $LINES attendance lines, fault at $FAULT_AT of them (run $RUN_ID) [$(load)] ==="
  bench reset
  bench topics --partitions="$BENCH_PARTITIONS" --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ"
  hub_start
  bench performances --topic="$TOPIC_PERFORMANCE"
  bench ingest --lines="$LINES" --topic="$TOPIC_ATTENDANCE" --group="$HUB_GROUP" --timeout-seconds=7200 \
    --produce-rate="$FAULT_PRODUCE_RATE" &
  INGEST_PID=$!
  wait_stored_at_least "$(awk -v n="$LINES" -v f="$FAULT_AT" 'BEGIN {printf "%d", n * f}')"
  case $kind in
    hub-kill)
      hub_kill9
      log "stored when killed: $(stored); restarting the hub"
      hub_start ;;
    broker-restart)
      log "stopping the Kafka broker on $BENCH_BOOTSTRAP for ${BROKER_DOWN_SECONDS}s"
      private_kafka stop
      sleep "$BROKER_DOWN_SECONDS"
      log "stored while the broker was down: $(stored); starting the broker again"
      private_kafka start
      curl -fsS "http://127.0.0.1:$BENCH_HUB_PORT/q/health/ready" >/dev/null && log "hub ready again" \
        || log "hub not ready yet (it reconnects by itself)" ;;
    postgres-stop)
      log "stopping PostgreSQL (private, port $PGPORT) for ${PG_DOWN_SECONDS}s"
      private_pg stop -m fast >/dev/null
      sleep 3
      local ready
      ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BENCH_HUB_PORT/q/health/ready")
      log "hub readiness while PostgreSQL is down: HTTP $ready"
      [[ $ready == 503 ]] || { log "FAULT postgres-stop: FAIL: the hub should report not ready (503), got $ready"; return 1; }
      sleep $((PG_DOWN_SECONDS - 3))
      private_pg_start
      local deadline=$((SECONDS + 120))
      until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BENCH_HUB_PORT/q/health/ready") == 200 ]]; do
        ((SECONDS < deadline)) || { log "FAULT postgres-stop: FAIL: the hub is not ready 120 s after PostgreSQL came back"; return 1; }
        sleep 1
      done
      log "hub ready again (readiness 200) [$(load)]" ;;
  esac
  local status=0
  wait "$INGEST_PID" || status=$?
  INGEST_PID=
  ((status == 0)) || die "ingestion did not complete after the fault"
  kill -0 "$HUB_PID" 2>/dev/null || die "the hub died"
  sleep 2
  bench check --lines="$LINES" || { log "FAULT $kind: FAIL"; return 1; }
  hub_stop
  bench delete-topics --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ"
  log "FAULT $kind: PASS [$(load)]"
}

ensure_db
build_tool
build_hub
ensure_consortium
failed=0
if [[ $MODE == hub-kill || $MODE == all ]]; then
  run_fault hub-kill || failed=1
fi
if [[ $MODE == broker-restart || $MODE == all ]]; then
  BENCH_BOOTSTRAP=127.0.0.1:$FAULT_KAFKA_PORT
  private_kafka start
  PRIVATE_BROKER=1
  run_fault broker-restart || failed=1
fi
if [[ $MODE == postgres-stop || $MODE == all ]]; then
  BENCH_BOOTSTRAP=$SHARED_BOOTSTRAP
  PGPORT=$FAULT_PGPORT; PG_ADMIN_USER=postgres
  BENCH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"
  private_pg_start
  PRIVATE_PG=1
  ensure_db
  ensure_consortium
  run_fault postgres-stop || failed=1
fi
((failed == 0)) && log "ALL FAULTS PASSED" || { log "SOME FAULTS FAILED"; exit 1; }
