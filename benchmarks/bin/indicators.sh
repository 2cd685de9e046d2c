#!/usr/bin/env bash
# Indicators benchmark (issue 10, part 2). One command:
#
#   benchmarks/bin/indicators.sh [LINES]     # default 10 000 000 attendance lines
#
# Loads LINES attendance lines of the deterministic corpus straight into the facts (COPY) and
# builds the rollups with the rollup check's own GROUP BY (the state ingestion leaves, without
# waiting for ingestion), starts the production hub, and times six dashboard requests through
# REST as the realm user "analyst" (member opera-sud, purpose MARKETING: sharing policies,
# disclosure control and the access log all apply), then the same six questions as GROUP BY
# queries on the raw facts. Prints p50/p95/p99 for each. Target: p95 <= 50 ms.
# Needs Keycloak (deploy/local/keycloak.sh start) at BENCH_KEYCLOAK (http://127.0.0.1:8180).
# Env: REPEAT (200 timed requests per question, after WARMUP 10), RAW_REPEAT (5), SKIP_LOAD=1
# reuses the facts already loaded.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LINES=${1:-${LINES:-10000000}}
REPEAT=${REPEAT:-200}
RAW_REPEAT=${RAW_REPEAT:-5}
WARMUP=${WARMUP:-10}
OUT="$WORK/results/indicators-$RUN_ID.txt"
exec > >(tee "$OUT") 2>&1
cleanup() {
  hub_stop
  bench delete-topics --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "indicators benchmark: $LINES attendance lines, $BENCH_VENUES venues, seed $BENCH_SEED, run $RUN_ID"
log "machine: $(nproc) cpus, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) [$(load)]"
curl -fsS -o /dev/null "$BENCH_KEYCLOAK/realms/consortium/.well-known/openid-configuration" \
  || die "Keycloak's realm 'consortium' does not answer at $BENCH_KEYCLOAK (deploy/local/keycloak.sh start)"
ensure_db
build_tool
build_hub
ensure_consortium
if [[ ${SKIP_LOAD:-0} != 1 ]]; then
  bench reset
  bench bulk-load --lines="$LINES"
fi
psql_bench -c "truncate released_cell" >/dev/null
bench topics --partitions=1 --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ"
hub_start
bench indicators --repeat="$REPEAT" --raw-repeat="$RAW_REPEAT" --warmup="$WARMUP" --user=analyst
echo "RESULT memory hub_rss_mb_after_indicators=$(rss_mb "$HUB_PID") ($(load))"
echo
echo "=== indicators over $LINES attendance lines (run $RUN_ID) [$(load)] ==="
grep '^RESULT indicators' "$OUT" | sed 's/^RESULT //'
log "full output: $OUT"
