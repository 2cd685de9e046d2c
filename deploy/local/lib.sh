# Shared helpers for the deploy/local scripts. Sourced, not executed.
# shellcheck disable=SC2034  # variables used by the scripts that source this file
# shellcheck shell=bash

# Repository root, found from this file's location (deploy/local/lib.sh).
LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
DEPLOY_DIR="$REPO_ROOT/deploy"
# All runtime state (downloads, data, logs, pid files) lives here; git-ignored.
WORK_ROOT="$LOCAL_DIR/.work"

log()  { printf '[%s] %s\n' "${LOG_TAG:-local}" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "${LOG_TAG:-local}" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "${LOG_TAG:-local}" "$*" >&2; exit 1; }

# Maven through the repository's wrapper, always on a standalone pom (-f) so that the
# root reactor (hub modules) is never built.
mvnw() { (cd "$REPO_ROOT" && ./mvnw -B -q "$@"); }

# pid_alive PIDFILE PATTERN: true when the pid in PIDFILE is alive and its command line
# contains PATTERN (protects against a stale pid reused by another process).
pid_alive() {
  local pidfile=$1 pattern=$2 pid
  [[ -f $pidfile ]] || return 1
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"
}

# pid_running PIDFILE: true while the pid in PIDFILE exists. Used in start-up wait loops,
# where the command line may be read mid-exec; pid_alive is for deciding about reuse.
pid_running() {
  [[ -s $1 ]] && kill -0 "$(<"$1")" 2>/dev/null
}

# port_open PORT [HOST]: true when something accepts TCP connections.
port_open() {
  (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null
}

# launch_bg PIDFILE LOGFILE CMD...: start CMD detached (own session, stdin closed), output
# appended to LOGFILE, pid written by the process itself before exec (so it is exact).
launch_bg() {
  local pidfile=$1 logfile=$2; shift 2
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" "$@" \
    >>"$logfile" 2>&1 </dev/null &
  local i
  for i in $(seq 1 50); do [[ -s $pidfile ]] && return 0; sleep 0.1; done
  die "process did not start (no pid file $pidfile)"
}

# stop_pid PIDFILE PATTERN NAME [TIMEOUT]: SIGTERM, wait, SIGKILL as a last resort.
stop_pid() {
  local pidfile=$1 pattern=$2 name=$3 timeout=${4:-60} pid i
  if ! pid_alive "$pidfile" "$pattern"; then
    log "$name is not running"
    rm -f "$pidfile"
    return 0
  fi
  pid=$(<"$pidfile")
  log "stopping $name (pid $pid, SIGTERM)..."
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop within ${timeout}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$pidfile"
  log "$name stopped ($(( i / 10 )).$(( i % 10 ))s)"
}

# rss_mb PID: resident set size of a process in MiB.
rss_mb() {
  awk '/^VmRSS:/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"
}

show_log_tail() {
  local logfile=$1 lines=${2:-40}
  printf -- '---- last %s lines of %s ----\n' "$lines" "$logfile" >&2
  tail -n "$lines" "$logfile" >&2 || true
  printf -- '----\n' >&2
}

# now_s: seconds since epoch with decimals (for timings).
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now_s)" 'BEGIN {printf "%.1f", b - a}'; }
