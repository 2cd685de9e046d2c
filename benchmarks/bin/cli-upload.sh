#!/usr/bin/env bash
# The command line on a big messy export, against the embedded hub (H2, in-process messaging):
#
#   benchmarks/bin/cli-upload.sh [ROWS]        # default 50 000 rows
#
# Writes a ticket-lines export with benchmarks/cli/messy_export.py (decimal dot, CRLF, a BOM,
# personal columns, ~1 % of rows to refuse), starts the embedded hub from
# hub-service/target/quarkus-app on its own port and data directory, and times
# `hub-contribute upload` until the hub has stored or refused every record. Prints the upload's
# wall time and peak memory (GNU time), the hub's peak RSS, and the CLI's summary.
# Needs: ./mvnw install -DskipTests (the hub and the CLI jar), python3, /usr/bin/time.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work/cli-$(date +%Y%m%d%H%M%S)"
ROWS=${1:-50000}
PORT=${CLI_BENCH_PORT:-18415}
mkdir -p "$WORK/home" "$WORK/data"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

python3 "$BENCH_DIR/cli/messy_export.py" "$ROWS" "$WORK/export.csv"
log "export: $ROWS rows, $(du -h "$WORK/export.csv" | cut -f1)"

HUB_HTTP_PORT=$PORT HUB_DATA_DIR="$WORK/data" java -jar "$REPO/hub-service/target/quarkus-app/quarkus-run.jar" \
  > "$WORK/hub.log" 2>&1 &
HUB_PID=$!
trap 'kill $HUB_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { log "hub did not start"; exit 1; }
log "embedded hub up on :$PORT (pid $HUB_PID)"
( peak=0; while kill -0 $HUB_PID 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$HUB_PID/status 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" > "$WORK/hub-peak-kb"
    sleep 0.5; done ) &

set +e
/usr/bin/time -v -o "$WORK/time.txt" java -jar "$REPO/contributor-sdk/target/hub-contribute.jar" upload \
  "$WORK/export.csv" --dataset theatre-du-nord-billetterie -m "$BENCH_DIR/cli/messy.mapping.yaml" \
  --url "http://127.0.0.1:$PORT" --user contributor --password contributor-pass \
  --buyer-history "$WORK/home/buyers.txt" --key-file "$WORK/home/pseudonym.key" --wait 1800 \
  > "$WORK/upload.out" 2> "$WORK/upload.err"
CODE=$?
set -e
log "upload exit code $CODE"
grep -E "rows read|sent:|stored:|^receipts" "$WORK/upload.out" | sed 's/^/  /'
echo "RESULT rows=$ROWS wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")" \
  "cli_max_rss_mb=$(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt") / 1024 ))" \
  "hub_peak_rss_mb=$(( $(cat "$WORK/hub-peak-kb" 2>/dev/null || echo 0) / 1024 ))"
log "files: $WORK"
