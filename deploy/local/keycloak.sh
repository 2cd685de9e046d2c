#!/usr/bin/env bash
# Keycloak for development and CI, without Docker: the distribution comes from Maven Central
# (org.keycloak:keycloak-quarkus-dist:<version>:zip) through ./mvnw, is unzipped once under
# .work/keycloak and reused, and runs in dev mode on 127.0.0.1 with the consortium realm
# (deploy/keycloak/consortium-realm.json) imported.
#
#   deploy/local/keycloak.sh start|stop|status|reset
#
# Env: KEYCLOAK_PORT (8180), KC_JAVA_HOME (a JDK 21+; else the highest >= 21 under
#      /usr/lib/jvm, JAVA_HOME or PATH), KEYCLOAK_VERSION (from deploy/local/keycloak/pom.xml),
#      KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD (admin/admin, master realm, dev only),
#      KEYCLOAK_HEAP (-Xms64m -Xmx768m), KEYCLOAK_START_TIMEOUT seconds (240).
set -euo pipefail
LOG_TAG=keycloak
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

POM="$LOCAL_DIR/keycloak/pom.xml"
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$POM")}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_ADMIN_USER=${KEYCLOAK_ADMIN_USER:-admin}
KEYCLOAK_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}
KEYCLOAK_HEAP=${KEYCLOAK_HEAP:--Xms64m -Xmx768m}
KEYCLOAK_START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-240}
REALM=consortium
REALM_FILE="$DEPLOY_DIR/keycloak/consortium-realm.json"
BASE_URL="http://127.0.0.1:$KEYCLOAK_PORT"
READY_URL="$BASE_URL/realms/$REALM/.well-known/openid-configuration"

WORK="$WORK_ROOT/keycloak"
DIST_DIR="$WORK/dist"
ZIP="$DIST_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KC_HOME="$WORK/keycloak-$KEYCLOAK_VERSION"
PIDFILE="$WORK/keycloak.pid"
LOGFILE="$WORK/keycloak.log"
REALM_STAMP="$WORK/imported-realm.sha256"
PATTERN="$WORK/keycloak-"

java_major() { # JAVA_HOME-like dir -> major version (0 if unknown)
  local v=""
  if [[ -f $1/release ]]; then v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"); fi
  if [[ -z $v && -x $1/bin/java ]]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "${v:-0}"
}

find_java() {
  if [[ -n ${KC_JAVA_HOME:-} ]]; then
    [[ -x $KC_JAVA_HOME/bin/java ]] || die "KC_JAVA_HOME=$KC_JAVA_HOME has no bin/java"
    (( $(java_major "$KC_JAVA_HOME") >= 21 )) || die "KC_JAVA_HOME=$KC_JAVA_HOME is Java $(java_major "$KC_JAVA_HOME"); Keycloak $KEYCLOAK_VERSION needs Java 21 or newer"
    echo "$KC_JAVA_HOME"; return
  fi
  local best="" best_v=0 d v cands=()
  [[ -n ${JAVA_HOME:-} ]] && cands+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && cands+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for d in /usr/lib/jvm/*; do [[ -L $d ]] || cands+=("$d"); done
  for d in "${cands[@]}"; do
    [[ -x $d/bin/java ]] || continue
    v=$(java_major "$d")
    if (( v >= 21 && v > best_v )); then best=$d; best_v=$v; fi
  done
  if [[ -n $best ]]; then echo "$best"; return; fi
  missing_java
}

missing_java() {
  {
    echo "[keycloak] ERROR: Keycloak $KEYCLOAK_VERSION needs a JDK 21 or newer; none found."
    echo "  Looked at: KC_JAVA_HOME (unset), JAVA_HOME, java on PATH, /usr/lib/jvm/*:"
    for d in /usr/lib/jvm/*; do [[ -x $d/bin/java && ! -L $d ]] && echo "    $d (Java $(java_major "$d"))"; done
    local pkg found=""
    if command -v apt-cache >/dev/null 2>&1; then
      for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless temurin-25-jdk temurin-21-jdk; do
        if apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]'; then found=$pkg; break; fi
      done
      if [[ -n $found ]]; then
        echo "  Fix: apt-get install -y $found    (then re-run; or set KC_JAVA_HOME)"
      else
        echo "  This machine's Debian sources offer no JDK 21+ package (apt-cache policy shows no candidate"
        echo "  for openjdk-21/25 or temurin-21/25; Debian 12 'bookworm' ships only openjdk-17)."
        echo "  Fix: install a JDK 21+ another way, e.g. Eclipse Temurin 21 from https://adoptium.net"
        echo "  (apt repository packages.adoptium.net, package temurin-21-jdk, or the tar.gz archive), or"
        echo "  Debian 13 'trixie' / Ubuntu 24.04 openjdk-21-jdk; then export KC_JAVA_HOME=/path/to/jdk."
      fi
    fi
  } >&2
  exit 1
}

fetch_dist() {
  if [[ -f $KC_HOME/.unpacked ]]; then return 0; fi
  if [[ ! -s $ZIP ]]; then
    log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip from Maven Central (~160 MB, ./mvnw dependency:copy)..."
    mkdir -p "$DIST_DIR"
    mvnw -f "$POM" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$DIST_DIR" || die "could not fetch the Keycloak distribution"
  fi
  log "unpacking $(basename "$ZIP") into $KC_HOME"
  rm -rf "$KC_HOME" "$WORK/unpack.tmp"
  mkdir -p "$WORK/unpack.tmp"
  unzip -q "$ZIP" -d "$WORK/unpack.tmp"
  mv "$WORK/unpack.tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$WORK/unpack.tmp"
  touch "$KC_HOME/.unpacked"
}

# The dev-mode database (H2 file under data/h2) keeps the realm between runs, and
# --import-realm skips a realm that already exists: re-import when the JSON changed.
prepare_realm() {
  local sum; sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  mkdir -p "$KC_HOME/data/import"
  if [[ -f $REALM_STAMP && $(<"$REALM_STAMP") != "$sum" && -d $KC_HOME/data/h2 ]]; then
    log "realm JSON changed since the last import: wiping the dev database to re-import it"
    rm -rf "$KC_HOME/data/h2"
  fi
  rm -f "$KC_HOME/data/import/"*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/"
  echo "$sum" >"$REALM_STAMP"
}

is_ready() { curl -fsS -o /dev/null --max-time 5 "$READY_URL" 2>/dev/null; }

# Sum of the RSS of kc.sh and its children (the JVM).
tree_rss_mb() {
  local pid=$1 total=0 p
  for p in $pid $(pgrep -P "$pid" || true); do
    total=$(( total + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

wait_ready() {
  local t0=$1 n=0
  printf '[keycloak] waiting for %s ' "$READY_URL"
  until is_ready; do
    if ! pid_running "$PIDFILE"; then
      echo; show_log_tail "$LOGFILE"; die "Keycloak exited during start-up (log: $LOGFILE)"
    fi
    if (( n >= KEYCLOAK_START_TIMEOUT )); then
      echo; show_log_tail "$LOGFILE"; die "Keycloak not ready after ${KEYCLOAK_START_TIMEOUT}s (log: $LOGFILE)"
    fi
    sleep 1; n=$((n + 1))
    (( n % 5 == 0 )) && printf '.'
  done
  echo " ready"
  log "ready in $(elapsed "$t0")s: $BASE_URL (realm $REALM, admin console $BASE_URL/admin, $KEYCLOAK_ADMIN_USER/$KEYCLOAK_ADMIN_PASSWORD dev only)"
}

cmd_start() {
  local t0 java_home; t0=$(now_s)
  mkdir -p "$WORK"
  if pid_alive "$PIDFILE" "$PATTERN"; then
    if [[ -f $WORK/port && $(<"$WORK/port") != "$KEYCLOAK_PORT" ]]; then
      die "a Keycloak started by this script already runs on port $(<"$WORK/port") (pid $(<"$PIDFILE")), not $KEYCLOAK_PORT: stop it first ($0 stop) or use KEYCLOAK_PORT=$(<"$WORK/port")"
    fi
    log "already running (pid $(<"$PIDFILE")), reusing it"
    if [[ -f $REALM_STAMP && $(sha256sum "$REALM_FILE" | cut -d' ' -f1) != $(<"$REALM_STAMP") ]]; then
      warn "deploy/keycloak/consortium-realm.json changed since it was imported: run '$0 stop' then '$0 start' to re-import it"
    fi
    wait_ready "$t0"
    return 0
  fi
  if port_open "$KEYCLOAK_PORT"; then
    # Not ours (e.g. started from another checkout): reuse it if it serves the realm.
    if is_ready; then
      log "a Keycloak not started by this script already serves realm $REALM on $BASE_URL: reusing it (this script will not stop it; its realm may be older than deploy/keycloak/consortium-realm.json)"
      return 0
    fi
    die "port $KEYCLOAK_PORT on 127.0.0.1 is used by another process that does not serve realm $REALM (set KEYCLOAK_PORT)"
  fi
  java_home=$(find_java)
  log "using Java $(java_major "$java_home") at $java_home"
  fetch_dist
  prepare_realm
  [[ -f $KC_HOME/.started-once ]] || log "first start of this unpacked distribution: Keycloak builds itself first (30-50 s more)"
  log "starting Keycloak $KEYCLOAK_VERSION (dev mode) on $BASE_URL, log $LOGFILE"
  printf '\n==== %s start ====\n' "$(date -Is)" >>"$LOGFILE"
  echo "$KEYCLOAK_PORT" >"$WORK/port"
  # JAVA_OPTS_APPEND: --add-opens silences a shutdown error on Java 24+; C1 only halves
  # the start time on 2 cores.
  launch_bg "$PIDFILE" "$LOGFILE" env \
    JAVA_HOME="$java_home" \
    JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
    JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED -XX:TieredStopAtLevel=1" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$KEYCLOAK_PORT" --import-realm
  wait_ready "$t0"
  touch "$KC_HOME/.started-once"
  log "started in $(elapsed "$t0")s, pid $(<"$PIDFILE"), RSS $(tree_rss_mb "$(<"$PIDFILE")") MiB"
}

cmd_status() {
  if pid_alive "$PIDFILE" "$PATTERN"; then
    local pid state=starting; pid=$(<"$PIDFILE")
    is_ready && state=ready
    echo "keycloak: running, $state (pid $pid, $BASE_URL, realm $REALM, RSS $(tree_rss_mb "$pid") MiB)"
    return 0
  fi
  if is_ready; then
    echo "keycloak: a server not started by this script serves realm $REALM on $BASE_URL"
    return 0
  fi
  echo "keycloak: stopped"
  return 3
}

cmd_reset() {
  stop_pid "$PIDFILE" "$PATTERN" "Keycloak" 60
  log "deleting the dev database (realm re-imported at next start; the unpacked distribution is kept)"
  rm -rf "$KC_HOME/data/h2" "$REALM_STAMP"
}

case "${1:-}" in
  start)  cmd_start ;;
  # kc.sh forwards SIGTERM to the JVM; its exit status 143 is the normal one.
  stop)   if ! pid_alive "$PIDFILE" "$PATTERN" && is_ready; then
            log "the server on the port was not started by this script: leaving it running"
          else stop_pid "$PIDFILE" "$PATTERN" "Keycloak" 60; fi ;;
  status) cmd_status ;;
  reset)  cmd_reset ;;
  *) echo "usage: $0 start|stop|status|reset" >&2; exit 2 ;;
esac
