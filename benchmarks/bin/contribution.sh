#!/usr/bin/env bash
# Contribution API benchmark (issue 10, part 3). One command:
#
#   benchmarks/bin/contribution.sh [REQUESTS] [CONCURRENCY]    # default 300 requests, 4 clients
#
# Batches of BATCH (1 000) attendance envelopes posted to POST /api/v1/datasets/{id}/contributions
# as the realm user "contributor" (member theatre-du-nord) with an Idempotency-Key each; every
# answer must be 202 with no refused record (validated, written to Kafka with acks=all).
# The hub's consumer ingests them meanwhile, as in production. Prints requests/s, records/s,
# p50/p95/p99, and the hub's RSS. Needs Keycloak (deploy/local/keycloak.sh start).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
REQUESTS=${1:-${REQUESTS:-300}}
CONCURRENCY=${2:-${CONCURRENCY:-4}}
BATCH=${BATCH:-1000}
OUT="$WORK/results/contribution-$RUN_ID.txt"
exec > >(tee "$OUT") 2>&1
cleanup() {
  rss_sampler_stop
  hub_stop
  bench delete-topics --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "contribution API benchmark: $REQUESTS requests of $BATCH records, $CONCURRENCY clients, run $RUN_ID"
log "machine: $(nproc) cpus, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) [$(load)]"
curl -fsS -o /dev/null "$BENCH_KEYCLOAK/realms/consortium/.well-known/openid-configuration" \
  || die "Keycloak's realm 'consortium' does not answer at $BENCH_KEYCLOAK (deploy/local/keycloak.sh start)"
ensure_db
build_tool
build_hub
ensure_consortium
bench reset
bench topics --partitions="$BENCH_PARTITIONS" --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ"
hub_start
IDLE_RSS=$(rss_mb "$HUB_PID")
rss_sampler_start "$HUB_PID" "$WORK/logs/rss-$RUN_ID.txt"
bench contribute --requests="$REQUESTS" --concurrency="$CONCURRENCY" --batch="$BATCH" --user=contributor \
  --run-id="$RUN_ID"
rss_sampler_stop
echo "RESULT memory idle_rss_mb=$IDLE_RSS peak_rss_mb_during_contributions=$(rss_max "$WORK/logs/rss-$RUN_ID.txt") ($(load))"
echo
echo "=== contribution API (run $RUN_ID) [$(load)] ==="
grep '^RESULT' "$OUT" | sed 's/^RESULT //'
log "full output: $OUT"
