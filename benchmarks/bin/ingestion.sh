#!/usr/bin/env bash
# Ingestion benchmark (issue 10, part 1, and part 4: memory). One command:
#
#   benchmarks/bin/ingestion.sh [LINES]          # default 1 000 000 attendance lines
#
# On the same generated rows (deterministic seed) and the same database, one after the other:
#   hub   : the production hub (PostgreSQL + Kafka) consumes LINES attendance envelopes from its
#           own topic; from the first produce until consumer_offset (written in the same
#           transaction as facts and rollups) covers every record; then checked (exactly LINES
#           records, rollups = recomputation, totals = corpus totals).
#   limit : COPY of the same rows into bench_copy_attendance (LIKE attendance_fact INCLUDING ALL).
#   peer  : Kafka Connect standalone + Debezium JDBC sink (upsert) writing the same rows, produced
#           as Connect JSON with schemas, into bench_peer_attendance.
# Also: hub RSS idle and peak during ingestion, and a thread-dump profile of the consumer.
# Env: see lib.sh (BENCH_*); PROFILE=0 skips the profile, PEER=0 skips the peer.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LINES=${1:-${LINES:-1000000}}
PROFILE=${PROFILE:-1}
PEER=${PEER:-1}
OUT="$WORK/results/ingestion-$RUN_ID.txt"
exec > >(tee "$OUT") 2>&1

CONNECT_PID=
PROFILER_PID=
cleanup() {
  [[ -n $PROFILER_PID ]] && kill "$PROFILER_PID" 2>/dev/null || true
  rss_sampler_stop
  hub_stop
  [[ -n $CONNECT_PID ]] && { kill "$CONNECT_PID" 2>/dev/null || true; wait "$CONNECT_PID" 2>/dev/null || true; }
  bench delete-topics --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ,$TOPIC_PEER" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "ingestion benchmark: $LINES attendance lines, $BENCH_VENUES venues x $BENCH_PERFORMANCES_PER_VENUE performances, seed $BENCH_SEED, run $RUN_ID"
log "machine: $(nproc) cpus, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1) [$(load)]"
ensure_db
build_tool
build_hub
ensure_consortium
bench reset
bench topics --partitions="$BENCH_PARTITIONS" --topics="$TOPIC_PERFORMANCE,$TOPIC_ATTENDANCE,$TOPIC_WORK,$TOPIC_DLQ"

# --- hub ------------------------------------------------------------------------------
hub_start
bench performances --topic="$TOPIC_PERFORMANCE"
sleep 5
IDLE_RSS=$(rss_mb "$HUB_PID")
log "hub RSS idle (after start and the performances): $IDLE_RSS MB [$(load)]"
rss_sampler_start "$HUB_PID" "$WORK/logs/rss-$RUN_ID.txt"
if [[ $PROFILE == 1 ]]; then
  PROFILE_FILE="$WORK/logs/threads-$RUN_ID.txt"
  : >"$PROFILE_FILE"
  ( while kill -0 "$HUB_PID" 2>/dev/null; do jcmd "$HUB_PID" Thread.print >>"$PROFILE_FILE" 2>/dev/null; sleep 0.5; done ) &
  PROFILER_PID=$!
fi
bench ingest --lines="$LINES" --topic="$TOPIC_ATTENDANCE" --group="$HUB_GROUP"
[[ -n $PROFILER_PID ]] && { kill "$PROFILER_PID" 2>/dev/null || true; wait "$PROFILER_PID" 2>/dev/null || true; PROFILER_PID=; }
rss_sampler_stop
PEAK_RSS=$(rss_max "$WORK/logs/rss-$RUN_ID.txt")
echo "RESULT memory idle_rss_mb=$IDLE_RSS peak_rss_mb_during_ingestion=$PEAK_RSS ($(load))"
bench check --lines="$LINES"
hub_stop
if [[ $PROFILE == 1 ]]; then
  log "profile of the consumer thread (jcmd Thread.print every 0.5 s during ingestion):"
  python3 "$BENCH_DIR/bin/profile.py" "$PROFILE_FILE"
fi

# --- limit ----------------------------------------------------------------------------
bench copy --lines="$LINES"

# --- peer -----------------------------------------------------------------------------
if [[ $PEER == 1 ]]; then
  source "$BENCH_DIR/bin/connect.sh"
  bench topics --partitions="$BENCH_PARTITIONS" --topics="$TOPIC_PEER"
  connect_start "$TOPIC_PEER"
  bench peer --lines="$LINES" --topic="$TOPIC_PEER"
  connect_stop
fi

# --- summary --------------------------------------------------------------------------
HUB_RATE=$(result_field "$OUT" hub records_per_s)
COPY_RATE=$(result_field "$OUT" copy records_per_s)
PEER_RATE=$(result_field "$OUT" peer records_per_s)
echo
echo "=== ingestion of $LINES attendance lines (run $RUN_ID) [$(load)] ==="
printf '%-46s %12s\n' "hub (Kafka -> facts + rollups), records/s" "$HUB_RATE"
printf '%-46s %12s\n' "limit (PostgreSQL COPY), records/s" "$COPY_RATE"
printf '%-46s %12s\n' "peer (Connect + Debezium JDBC sink), records/s" "${PEER_RATE:-n/a}"
awk -v h="$HUB_RATE" -v c="$COPY_RATE" -v p="${PEER_RATE:-0}" 'BEGIN {
  printf "hub / COPY = %.3f (target >= 0.5: %s)\n", h / c, (h / c >= 0.5 ? "MET" : "MISSED");
  if (p > 0) printf "hub / peer = %.2f (target >= 2: %s)\n", h / p, (h / p >= 2 ? "MET" : "MISSED"); }'
printf 'hub RSS: idle %s MB, peak during ingestion %s MB\n' "$IDLE_RSS" "$PEAK_RSS"
log "full output: $OUT"
