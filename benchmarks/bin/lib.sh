#!/usr/bin/env bash
# Shared by the benchmark and fault-injection scripts. Everything they start uses its own
# ports, database, topics and consumer group, so other work on the shared PostgreSQL and
# Kafka broker is not disturbed. State and logs: benchmarks/.work/ (git-ignored).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work"
mkdir -p "$WORK/results" "$WORK/logs"

# --- settings (environment) -------------------------------------------------------------
BENCH_DB=${BENCH_DB:-hub_bench}
BENCH_DB_USER=${BENCH_DB_USER:-hub}
BENCH_DB_PASSWORD=${BENCH_DB_PASSWORD:-hub}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PG_ADMIN_USER=${PG_ADMIN_USER:-postgres}
BENCH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"
BENCH_BOOTSTRAP=${BENCH_BOOTSTRAP:-127.0.0.1:9092}
BENCH_HUB_PORT=${BENCH_HUB_PORT:-18080}
BENCH_CONNECT_PORT=${BENCH_CONNECT_PORT:-18083}
BENCH_KEYCLOAK=${BENCH_KEYCLOAK:-http://127.0.0.1:8180}
BENCH_VENUES=${BENCH_VENUES:-300}
BENCH_PERFORMANCES_PER_VENUE=${BENCH_PERFORMANCES_PER_VENUE:-20}
BENCH_SEED=${BENCH_SEED:-20260101}
BENCH_PARTITIONS=${BENCH_PARTITIONS:-6}
# quarkus.package.output-directory=production puts the fast-jar layout in target/production/.
HUB_JAR=${HUB_JAR:-$REPO/hub-service/target/production/quarkus-run.jar}
HUB_JAVA_OPTS=${HUB_JAVA_OPTS:-}
HUB_START_TIMEOUT=${HUB_START_TIMEOUT:-240}
RUN_ID=${RUN_ID:-$(date +%Y%m%d%H%M%S)}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
load() { printf 'load %s, %s cpus' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"; }
mvnw() { (cd "$REPO" && ./mvnw "$@"); }

# --- the driver -------------------------------------------------------------------------
TOOL_JAR="$BENCH_DIR/tool/target/hub-bench-0.1.0-SNAPSHOT.jar"
build_tool() {
  if [[ ! -f $TOOL_JAR || -n $(find "$BENCH_DIR/tool/src" -newer "$TOOL_JAR" -type f | head -1) ]]; then
    log "building the benchmark driver (benchmarks/tool)"
    mvnw -q -f benchmarks/tool/pom.xml package dependency:copy-dependencies -DskipTests
  fi
}
bench() {
  local cmd=$1; shift
  java -Xmx1g -XX:+UseParallelGC -cp "$TOOL_JAR:$BENCH_DIR/tool/target/libs/*" org.consortium.hub.bench.Bench "$cmd" \
    --db-url="$BENCH_DB_URL" --db-user="$BENCH_DB_USER" --db-password="$BENCH_DB_PASSWORD" \
    --bootstrap="$BENCH_BOOTSTRAP" --venues="$BENCH_VENUES" --performances-per-venue="$BENCH_PERFORMANCES_PER_VENUE" \
    --seed="$BENCH_SEED" --keycloak="$BENCH_KEYCLOAK" --hub="http://127.0.0.1:$BENCH_HUB_PORT" "$@"
}

# --- database ---------------------------------------------------------------------------
psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PG_ADMIN_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_bench() { PGPASSWORD=$BENCH_DB_PASSWORD psql -h "$PGHOST" -p "$PGPORT" -U "$BENCH_DB_USER" -d "$BENCH_DB" -qAt "$@"; }
ensure_db() {
  psql_admin -d postgres -c "select 1" >/dev/null || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
  if [[ -z $(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$BENCH_DB_USER'") ]]; then
    psql_admin -d postgres -c "create role $BENCH_DB_USER login password '$BENCH_DB_PASSWORD'"
  fi
  if [[ -z $(psql_admin -d postgres -c "select 1 from pg_database where datname = '$BENCH_DB'") ]]; then
    log "creating database $BENCH_DB (owner $BENCH_DB_USER)"
    psql_admin -d postgres -c "create database $BENCH_DB owner $BENCH_DB_USER"
  fi
}

# --- the hub ----------------------------------------------------------------------------
HUB_PID=
# Topics and consumer group of this run (never the shared hub.records.* topics).
TOPIC_PERFORMANCE="bench.$RUN_ID.performance"
TOPIC_ATTENDANCE="bench.$RUN_ID.attendance"
TOPIC_WORK="bench.$RUN_ID.work"
TOPIC_DLQ="bench.$RUN_ID.dlq"
TOPIC_PEER="bench.$RUN_ID.peer"
HUB_GROUP="hub-bench-$RUN_ID"
HUB_LOG="$WORK/logs/hub-$RUN_ID.log"

build_hub() {
  if [[ ! -f $HUB_JAR ]]; then
    log "building the production hub (./mvnw -o install -DskipTests -Dquarkus.profile=production)"
    mvnw -q -o install -DskipTests -Dquarkus.profile=production
  fi
}

hub_start() {
  [[ -z $HUB_PID ]] || die "hub already started ($HUB_PID)"
  if curl -fsS -o /dev/null "http://127.0.0.1:$BENCH_HUB_PORT/q/health/live" 2>/dev/null; then
    die "something already answers on port $BENCH_HUB_PORT (set BENCH_HUB_PORT)"
  fi
  log "starting the hub on port $BENCH_HUB_PORT (database $BENCH_DB, group $HUB_GROUP, topics bench.$RUN_ID.*)"
  HUB_HTTP_PORT=$BENCH_HUB_PORT HUB_HTTP_HOST=127.0.0.1 HUB_DB_URL="$BENCH_DB_URL" HUB_DB_USER=$BENCH_DB_USER \
  HUB_DB_PASSWORD=$BENCH_DB_PASSWORD HUB_KAFKA_BOOTSTRAP_SERVERS=$BENCH_BOOTSTRAP HUB_KAFKA_GROUP_ID=$HUB_GROUP \
  HUB_TOPIC_PERFORMANCE=$TOPIC_PERFORMANCE HUB_TOPIC_ATTENDANCE=$TOPIC_ATTENDANCE HUB_TOPIC_WORK=$TOPIC_WORK \
  HUB_TOPIC_DEAD_LETTER=$TOPIC_DLQ HUB_DEMO_SEED=true \
  HUB_OIDC_AUTH_SERVER_URL="$BENCH_KEYCLOAK/realms/consortium" \
    nohup java $HUB_JAVA_OPTS -jar "$HUB_JAR" >>"$HUB_LOG" 2>&1 &
  HUB_PID=$!
  local deadline=$((SECONDS + HUB_START_TIMEOUT))
  until curl -fsS -o /dev/null "http://127.0.0.1:$BENCH_HUB_PORT/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$HUB_PID" 2>/dev/null; then tail -30 "$HUB_LOG"; die "the hub exited during start"; fi
    if ((SECONDS > deadline)); then tail -30 "$HUB_LOG"; die "the hub was not ready in ${HUB_START_TIMEOUT}s"; fi
    sleep 1
  done
  log "hub ready (pid $HUB_PID, RSS $(rss_mb "$HUB_PID") MB) [$(load)]"
}

hub_stop() {
  [[ -n $HUB_PID ]] || return 0
  kill "$HUB_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 1; done
  kill -9 "$HUB_PID" 2>/dev/null || true
  wait "$HUB_PID" 2>/dev/null || true
  log "hub stopped (pid $HUB_PID)"
  HUB_PID=
}

hub_kill9() {
  log "SIGKILL to the hub (pid $HUB_PID)"
  kill -9 "$HUB_PID"
  wait "$HUB_PID" 2>/dev/null || true
  HUB_PID=
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Samples the RSS of a process every second into FILE (one value per line, MB) until killed.
RSS_SAMPLER=
rss_sampler_start() {
  local pid=$1 file=$2
  : >"$file"
  ( while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid" >>"$file"; echo >>"$file"; sleep 1; done ) &
  RSS_SAMPLER=$!
}
rss_sampler_stop() {
  [[ -n $RSS_SAMPLER ]] && kill "$RSS_SAMPLER" 2>/dev/null || true
  wait "$RSS_SAMPLER" 2>/dev/null || true
  RSS_SAMPLER=
}
rss_max() { grep -v '^$' "$1" | sort -n | tail -1; }

# The hub's schema and the bench consortium: the first start seeds the demo consortium
# (HUB_DEMO_SEED=true; the bench venues copy a demo member and its dataset), then the bench
# venues are inserted and the hub restarted so that nothing it caches predates them.
ensure_consortium() {
  local have
  have=$(psql_bench -c "select count(*) from dataset where id like 'bench-v%'" 2>/dev/null || echo 0)
  if [[ $have -lt $BENCH_VENUES ]]; then
    log "seeding the bench consortium ($BENCH_VENUES venues) in $BENCH_DB"
    hub_start
    bench seed
    hub_stop
  fi
}

# Sums a RESULT field: result_field FILE NAME FIELD
result_field() { grep "^RESULT $2 " "$1" | tail -1 | sed -n "s/.* $3=\([^ ]*\).*/\1/p"; }
