#!/usr/bin/env bash
# Restore-and-replay drill on private services, beside (never instead of) the local stack:
# a point-in-time restore of PostgreSQL loses what was applied after the recovery point, and
# replaying Kafka from the earliest retained offset brings every record back, once.
#
#   deploy/local/restore-drill.sh
#
# What it does, with its own PostgreSQL (initdb, WAL archive), Kafka broker and production hub:
#   1. migrates the empty database the way the Kubernetes Job does (QUARKUS_INIT_AND_EXIT=true),
#      then starts the hub with HUB_MIGRATE_AT_START=false;
#   2. wave A through Kafka, applied; base backup;
#   3. the hub stops (consumers lagging), wave B reaches Kafka only; recovery point T;
#   4. the hub applies B, then wave C; the WAL is archived; the database is "lost";
#   5. restore: base backup + archived WAL up to T, archiving to a new folder afterwards;
#      the database holds wave A only;
#   6. shows what resetting the group to T would skip (B: produced before T, applied after);
#   7. resets the group to the earliest offsets, starts the hub: the consumer_offset table
#      skips what the restored database already holds, the rest is applied;
#   8. checks: every record of A, B and C stored once, rollups equal to the facts;
#   9. behind a TLS proxy (X-Forwarded-Proto/-Host from a trusted address) the dashboard's
#      sign-in redirect carries an https redirect_uri (Keycloak stood in for by oidc-stub.py);
#  10. stops Kafka: the hub stays ready (reads keep being served), and an API-only hub
#      (HUB_CONSUME_RECORDS=false, as Deployment hub runs) that starts without Kafka, trusting
#      another proxy address, becomes ready, consumes nothing and ignores the headers.
#
# Needs the production hub and the hub-contribute jar:
#   ./mvnw -pl hub-service -am package -DskipTests -DskipRealStack -Dquarkus.profile=production
#
# Env: DRILL_WORK (deploy/local/.work/drill, wiped at start), DRILL_PG_PORT (15432),
#      DRILL_KAFKA_PORT (19092), DRILL_KAFKA_CONTROLLER_PORT (19093), DRILL_HUB_PORT (18080),
#      DRILL_OIDC_PORT (18181),
#      DRILL_WAVE (performances per wave, 150), DRILL_TIMEOUT seconds per wait (300),
#      DRILL_METRICS_OUT (a file to copy the hub's metric names to, e.g.
#      deploy/kubernetes/check/src/test/resources/exported-metrics/hub.txt),
#      PG_BIN (/usr/lib/postgresql/15/bin).
set -euo pipefail
LOG_TAG=drill
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WORK="${DRILL_WORK:-$WORK_ROOT/drill}"
PG_PORT=${DRILL_PG_PORT:-15432}
KAFKA_PORT=${DRILL_KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${DRILL_KAFKA_CONTROLLER_PORT:-19093}
HUB_PORT=${DRILL_HUB_PORT:-18080}
OIDC_PORT=${DRILL_OIDC_PORT:-18181}
WAVE=${DRILL_WAVE:-150}
TIMEOUT=${DRILL_TIMEOUT:-300}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

HUB_JAR="$REPO_ROOT/hub-service/target/production/quarkus-run.jar"
CONTRIBUTE_JAR="$REPO_ROOT/contributor-sdk/target/hub-contribute.jar"
MAPPING="$REPO_ROOT/docs/samples/box-office-summary.mapping.yaml"
DATASET=theatre-du-nord-billetterie
GROUP=consortium-hub
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

PGDATA="$WORK/pg/data"
PGRUN="$WORK/pg/run"
ARCHIVE="$WORK/pg/wal-archive"
ARCHIVE_AFTER="$WORK/pg/wal-archive-restored"
BASE="$WORK/pg/base-backup"
KAFKA_WORK="$WORK/kafka"
HUB_PID="$WORK/hub.pid"
HUB_LOG="$WORK/hub.log"
OIDC_PID="$WORK/oidc-stub.pid"

[[ -f $HUB_JAR ]] || die "no production hub at $HUB_JAR (see the header of this script)"
[[ -f $CONTRIBUTE_JAR ]] || die "no $CONTRIBUTE_JAR (see the header of this script)"
[[ -x $PG_BIN/initdb ]] || die "no PostgreSQL binaries in $PG_BIN (set PG_BIN)"
for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$HUB_PORT" "$OIDC_PORT"; do
  ! port_open "$port" || die "port $port is in use: set the DRILL_*_PORT variables"
done

as_postgres() {
  if [[ $(id -un) == postgres ]]; then "$@"
  elif [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"
  else sudo -n -u postgres -- "$@"; fi
}
psql_hub() { PGPASSWORD=hub psql -h 127.0.0.1 -p "$PG_PORT" -U hub -d hub -Atq -v ON_ERROR_STOP=1 -c "$1"; }
psql_admin() { as_postgres "$PG_BIN/psql" -h "$PGRUN" -p "$PG_PORT" -d postgres -Atq -v ON_ERROR_STOP=1 -c "$1"; }
kafka() { KAFKA_WORK="$KAFKA_WORK" KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  MAVEN_ARGS="${MAVEN_ARGS:-}" "$LOCAL_DIR/kafka.sh" "$@"; }
kafka_tool() { timeout 120 java -Xmx256m -Duser.timezone=UTC -cp "$KAFKA_WORK/libs/*" "$@" 2>>"$WORK/kafka-tools.log"; }
# group_offsets: "<topic> <partition> <committed offset or ->" of the hub's consumer group.
group_offsets() {
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$BOOTSTRAP" \
    --describe --group "$GROUP" | awk '$1 == "'"$GROUP"'" {print $2, $3, $4}'
}

# wait_for DESCRIPTION COMMAND...: polls COMMAND every second until it succeeds, for TIMEOUT seconds.
wait_for() {
  local what=$1 deadline=$(( $(date +%s) + TIMEOUT )); shift
  until "$@" >/dev/null 2>&1; do
    (( $(date +%s) < deadline )) || die "timed out after ${TIMEOUT}s waiting for $what"
    sleep 1
  done
}

stored() { psql_hub "select count(*) from contributed_record where dataset_id = '$DATASET'"; }
stored_is() { [[ $(stored) == "$1" ]]; }
ready() { curl -fsS "http://127.0.0.1:$HUB_PORT/q/health/ready"; }
pg_up() { as_postgres "$PG_BIN/pg_isready" -q -h "$PGRUN" -p "$PG_PORT"; }
promoted() { [[ $(psql_admin "select pg_is_in_recovery()") == f ]]; }

# The hub's environment: this drill's services, the demo consortium (its approved datasets),
# the discovery stub instead of Keycloak (nothing here signs in).
HUB_ENV=(HUB_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hub" HUB_DB_USER=hub HUB_DB_PASSWORD=hub
  HUB_KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" HUB_KAFKA_GROUP_ID="$GROUP" HUB_HTTP_PORT="$HUB_PORT"
  HUB_HTTP_HOST=127.0.0.1 HUB_DEMO_SEED=true HUB_DATA_DIR="$WORK/hub-data"
  HUB_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$OIDC_PORT/realms/consortium")

# start_hub [VAR=value...]: the hub with the drill's environment, plus these variables.
start_hub() {
  log "starting the hub on :$HUB_PORT (HUB_MIGRATE_AT_START=false: the migration ran before)"
  launch_bg "$HUB_PID" "$HUB_LOG" env "${HUB_ENV[@]}" HUB_MIGRATE_AT_START=false "$@" java -Xmx1g -jar "$HUB_JAR"
  wait_for "the hub to be ready" ready
}

stop_hub() {
  if pid_running "$HUB_PID"; then
    kill -TERM "$(<"$HUB_PID")"
    wait_for "the hub to stop" bash -c "! kill -0 $(<"$HUB_PID") 2>/dev/null"
  fi
  rm -f "$HUB_PID"
}

stop_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m "${1:-fast}" -w stop >/dev/null 2>&1 || true; }

cleanup() {
  local rc=$?
  stop_hub || true
  if pid_running "$OIDC_PID"; then kill "$(<"$OIDC_PID")" 2>/dev/null || true; fi
  kafka stop >/dev/null 2>&1 || true
  stop_pg fast
  (( rc == 0 )) || log "FAILED (exit $rc); logs: $HUB_LOG, $KAFKA_WORK/server.log, $WORK/pg/postgres.log"
}
trap cleanup EXIT

# wave NAME: a box-office export of WAVE performances with codes DRILL-NAME-nnnn, sent to Kafka
# with hub-contribute; prints the number of records sent.
wave() {
  local name=$1 csv="$WORK/wave-$1.csv"
  head -1 "$REPO_ROOT/docs/samples/box-office-summary.csv" >"$csv"
  awk -v w="$name" -v n="$WAVE" 'BEGIN {
    for (i = 1; i <= n; i++) {
      printf "DRILL-%s-%04d;Le Misanthrope;Le Misanthrope;Molière;Théâtre;%02d/%02d/2025;20h30;Grande salle;650;125;non;non;%d;9 000,00;%d;1 900,00;150;3 300,00;10;20;200,00;0;0,00;\n",
        w, i, (i % 28) + 1, (i % 12) + 1, 200 + i % 100, 50 + i % 40
    } }' >>"$csv"
  java -jar "$CONTRIBUTE_JAR" upload "$csv" --dataset "$DATASET" --mapping "$MAPPING" \
    --transport kafka --bootstrap-servers "$BOOTSTRAP" --out "$WORK/wave-$name.ndjson" --no-progress \
    >"$WORK/wave-$name.log" 2>&1 || { cat "$WORK/wave-$name.log" >&2; die "upload of wave $name failed"; }
  wc -l <"$WORK/wave-$name.ndjson"
}

rm -rf "$WORK"
mkdir -p "$WORK/pg" "$PGRUN" "$ARCHIVE" "$ARCHIVE_AFTER"
chown -R postgres:postgres "$WORK/pg" 2>/dev/null || true

log "PostgreSQL on :$PG_PORT with WAL archiving to $ARCHIVE"
as_postgres "$PG_BIN/initdb" -D "$PGDATA" -A trust -U postgres >/dev/null
cat <<CONF | as_postgres tee -a "$PGDATA/postgresql.conf" >/dev/null
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGRUN'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
CONF
as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/postgres.log" -w start >/dev/null
psql_admin "create role hub login password 'hub'"
psql_admin "create database hub owner hub"

log "Kafka on $BOOTSTRAP"
kafka start
launch_bg "$OIDC_PID" "$WORK/oidc-stub.log" python3 "$LOCAL_DIR/oidc-stub.py" "$OIDC_PORT"
wait_for "the OIDC discovery stub" port_open "$OIDC_PORT"

log "migration, as the Kubernetes Job runs it (QUARKUS_INIT_AND_EXIT=true)"
env "${HUB_ENV[@]}" HUB_MIGRATE_AT_START=true QUARKUS_INIT_AND_EXIT=true java -Xmx512m -jar "$HUB_JAR" >"$WORK/migrate.log" 2>&1 \
  || { tail -30 "$WORK/migrate.log" >&2; die "the migration run failed"; }
log "schema at version $(psql_hub "select max(version::int) from flyway_schema_history where success")"
start_hub

A=$(wave A)
log "wave A: $A records sent"
wait_for "wave A to be stored" stored_is "$A"
log "wave A stored: $(stored) records"

as_postgres "$PG_BIN/pg_basebackup" -h "$PGRUN" -p "$PG_PORT" -D "$BASE" -X stream -c fast
log "base backup taken"

stop_hub
B=$(wave B)
log "wave B: $B records in Kafka, not applied (the hub is stopped: consumers lagging)"
sleep 2
T=$(date -u '+%Y-%m-%d %H:%M:%S.%3N')
log "recovery point T = $T UTC (wave B is in Kafka, not in the database)"
sleep 2

start_hub
wait_for "wave B to be stored" stored_is "$((A + B))"
C=$(wave C)
wait_for "wave C to be stored" stored_is "$((A + B + C))"
log "waves B and C stored after T: $(stored) records in all"
SEGMENT=$(psql_admin "select pg_walfile_name(pg_switch_wal())")
wait_for "WAL segment $SEGMENT to be archived" test -f "$ARCHIVE/$SEGMENT"
stop_hub
declare -A GROUP_BEFORE
while read -r topic partition offset; do GROUP_BEFORE["$topic/$partition"]=$offset; done < <(group_offsets)
(( ${#GROUP_BEFORE[@]} > 0 )) || die "no committed offsets of group $GROUP"

log "disaster: the database is lost"
stop_pg immediate
as_postgres mv "$PGDATA" "$WORK/pg/data-lost"

log "restore: base backup + archived WAL up to T, archiving to a new folder afterwards"
as_postgres cp -a "$BASE" "$PGDATA"
cat <<CONF | as_postgres tee -a "$PGDATA/postgresql.auto.conf" >/dev/null
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$T+00'
recovery_target_action = 'promote'
archive_command = 'test ! -f $ARCHIVE_AFTER/%f && cp %p $ARCHIVE_AFTER/%f'
CONF
as_postgres touch "$PGDATA/recovery.signal"
as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/postgres.log" -w start >/dev/null
wait_for "the restored database to be promoted" promoted
RESTORED=$(stored)
log "restored database: $RESTORED records ($A expected: wave A only)"
[[ $RESTORED == "$A" ]] || die "the restore did not stop at T"

log "what resetting the group to T would do (dry run):"
SKIPPED=0
while read -r topic partition at_t; do
  applied=$(psql_hub "select coalesce(max(next_offset), 0) from consumer_offset
                      where group_id = '$GROUP' and topic = '$topic' and partition_no = $partition")
  if (( at_t > applied )); then
    SKIPPED=$((SKIPPED + at_t - applied))
    log "  $topic/$partition: restart at $at_t, but the database has applied only up to $applied"
  fi
done < <(kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$BOOTSTRAP" \
  --group "$GROUP" --reset-offsets --all-topics --to-datetime "${T/ /T}" --dry-run \
  | awk '$1 == "'"$GROUP"'" {print $2, $3, $4}')
log "  resetting to T would skip $SKIPPED records (wave B: produced before T, applied after it)"

log "replay: group $GROUP to the earliest retained offsets, the hub scaled to zero"
kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$BOOTSTRAP" \
  --group "$GROUP" --reset-offsets --all-topics --to-earliest --execute >/dev/null
start_hub
EXPECTED=$((A + B + C))
wait_for "every record to be stored again" stored_is "$EXPECTED"
# The group must have read again everything it had read before the disaster (partitions it
# had committed offsets for), so that nothing is still in flight when the counts are taken.
caught_up() {
  local -A now=()
  local topic partition offset key
  while read -r topic partition offset; do now["$topic/$partition"]=$offset; done < <(group_offsets)
  for key in "${!GROUP_BEFORE[@]}"; do
    [[ ${GROUP_BEFORE[$key]} == "-" ]] && continue
    [[ ${now[$key]:--} != "-" ]] || return 1
    (( ${now[$key]} >= ${GROUP_BEFORE[$key]} )) || return 1
  done
}
wait_for "the group to read everything again" caught_up

SENT=$(cat "$WORK"/wave-*.ndjson | sed -n 's/.*"recordId":"\([^"]*\)".*/\1/p' | sort -u | wc -l)
MISSING=$(comm -23 <(cat "$WORK"/wave-*.ndjson | sed -n 's/.*"recordId":"\([^"]*\)".*/\1/p' | sort -u) \
  <(psql_hub "select record_id from contributed_record where dataset_id = '$DATASET'" | sort -u) | wc -l)
FACT_TICKETS=$(psql_hub "select coalesce(sum(tickets), 0) from attendance_fact where dataset_id = '$DATASET'")
ROLLUP_TICKETS=$(psql_hub "select coalesce(sum(tickets), 0) from attendance_by_venue_month where dataset_id = '$DATASET'")
LINES=$(psql_hub "select count(*) from attendance_fact where dataset_id = '$DATASET'")
ROLLUP_LINES=$(psql_hub "select coalesce(sum(lines), 0) from attendance_by_venue_month where dataset_id = '$DATASET'")
log "records sent: $SENT distinct ids; stored: $(stored); missing: $MISSING"
log "attendance: $LINES lines, $FACT_TICKETS tickets in the facts; rollup: $ROLLUP_LINES lines, $ROLLUP_TICKETS tickets"
(( SENT == EXPECTED && MISSING == 0 )) || die "records were lost"
(( FACT_TICKETS == ROLLUP_TICKETS && LINES == ROLLUP_LINES )) || die "the rollup does not equal the facts (a record counted twice?)"

curl -s -o /dev/null "http://127.0.0.1:$HUB_PORT/api/v1/me"   # one API request, so that its metrics exist
curl -fsS "http://127.0.0.1:$HUB_PORT/q/metrics" | grep -v '^#' | sed -n 's/^\([a-zA-Z_:][a-zA-Z0-9_:]*\).*/\1/p' \
  | sort -u >"$WORK/hub-metrics.txt"
log "metric names exported by the hub: $WORK/hub-metrics.txt ($(wc -l <"$WORK/hub-metrics.txt"))"
if [[ -n ${DRILL_METRICS_OUT:-} ]]; then
  { echo "# Metric names on the production hub's /q/metrics, scraped by deploy/local/restore-drill.sh"
    echo "# (DRILL_METRICS_OUT=this file) after ingesting records and answering an API request."
    cat "$WORK/hub-metrics.txt"; } >"$DRILL_METRICS_OUT"
  log "  written to $DRILL_METRICS_OUT"
fi

# redirect_uri [HEADER...]: the redirect_uri of the sign-in redirect for GET /dashboard.
redirect_uri() {
  local args=() h location
  for h in "$@"; do args+=(-H "$h"); done
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' "${args[@]}" "http://127.0.0.1:$HUB_PORT/dashboard")
  [[ -n $location ]] || die "GET /dashboard did not redirect to sign in"
  python3 -c 'import sys, urllib.parse as u; print(u.parse_qs(u.urlparse(sys.argv[1]).query)["redirect_uri"][0])' "$location"
}
PROXIED=("X-Forwarded-Proto: https" "X-Forwarded-Host: hub.example.org")
log "sign-in redirect, direct: $(redirect_uri)"
BEHIND=$(redirect_uri "${PROXIED[@]}")
log "sign-in redirect behind the TLS proxy: $BEHIND"
[[ $BEHIND == https://hub.example.org/dashboard* ]] || die "behind the proxy the redirect_uri is not https://hub.example.org/..."

log "Kafka down: the hub must stay ready"
kafka stop >/dev/null
for _ in 1 2 3 4 5 6 7 8 9 10; do
  ready >/dev/null || die "readiness failed with Kafka down: $(curl -sS "http://127.0.0.1:$HUB_PORT/q/health/ready")"
  sleep 2
done
log "  /q/health/ready: $(ready | tr -d ' \n')"
stop_hub
log "an API-only hub starting without Kafka, trusting proxy 10.9.9.9 only"
: >"$HUB_LOG"
start_hub HUB_TRUSTED_PROXIES=10.9.9.9 HUB_CONSUME_RECORDS=false
grep -q "SRMSG00231" "$HUB_LOG" || die "HUB_CONSUME_RECORDS=false did not disable the consumer (no SRMSG00231 in $HUB_LOG)"
log "  $(grep -o 'Incoming channel .records-in. disabled by configuration' "$HUB_LOG")"
UNTRUSTED=$(redirect_uri "${PROXIED[@]}")
log "  ready; sign-in redirect with the same headers from 127.0.0.1: $UNTRUSTED"
[[ $UNTRUSTED == http://127.0.0.1:$HUB_PORT/dashboard* ]] || die "forwarded headers from an untrusted address were believed"
log "PASSED: $EXPECTED records, none lost, none counted twice; https redirect_uri behind a trusted proxy only; ready without Kafka; an API-only hub consumes nothing"
