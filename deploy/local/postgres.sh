#!/usr/bin/env bash
# PostgreSQL for development and CI, without Docker.
#
#   deploy/local/postgres.sh start|stop|status
#
# start: reuses a server answering on 127.0.0.1:$PGPORT; otherwise starts the Debian cluster
#        on that port as user postgres (pg_ctlcluster), creating one if none uses the port,
#        or installs Debian's postgresql package first. Then creates (idempotently) the role
#        hub/hub (LOGIN) and the databases hub and hub_test owned by it. Dev-only credentials.
# stop:  stops the server only if this script started it (remembered in .work/postgres).
#
# Env: PGPORT (5432), HUB_DB_USER (hub), HUB_DB_PASSWORD (hub), HUB_DB_NAMES ("hub hub_test"),
#      PG_START_TIMEOUT seconds (60).
set -euo pipefail
LOG_TAG=postgres
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PGPORT=${PGPORT:-5432}
PGHOST_ADDR=127.0.0.1
HUB_DB_USER=${HUB_DB_USER:-hub}
HUB_DB_PASSWORD=${HUB_DB_PASSWORD:-hub}
HUB_DB_NAMES=${HUB_DB_NAMES:-hub hub_test}
PG_START_TIMEOUT=${PG_START_TIMEOUT:-60}
WORK="$WORK_ROOT/postgres"
STARTED_MARK="$WORK/started-by-script"   # holds "<version> <cluster>" when we started it

is_ready() { pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT" 2>/dev/null; }

as_postgres() {
  if [[ $(id -un) == postgres ]]; then "$@"
  elif [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"
  else sudo -n -u postgres -- "$@"; fi
}

install_postgres() {
  [[ $(id -u) -eq 0 ]] || die "PostgreSQL is not installed; run as root or install it: sudo apt-get install -y postgresql"
  log "PostgreSQL is not installed: apt-get update && apt-get install -y postgresql ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q postgresql >/dev/null
  log "installed $(pg_lsclusters -h 2>/dev/null | awk '{print "PostgreSQL " $1 " cluster " $2 " on port " $3}' | head -1)"
}

# find_cluster: prints "<version> <name>" of the Debian cluster configured on $PGPORT.
find_cluster() {
  pg_lsclusters -h 2>/dev/null | awk -v p="$PGPORT" '$3 == p {print $1, $2; exit}'
}

start_server() {
  command -v pg_lsclusters >/dev/null 2>&1 || install_postgres
  local cluster ver name
  cluster=$(find_cluster)
  if [[ -z $cluster ]]; then
    ver=$(pg_lsclusters -h 2>/dev/null | awk '{print $1}' | sort -n | tail -1)
    [[ -n $ver ]] || ver=$(find /usr/lib/postgresql -maxdepth 1 -mindepth 1 -printf '%f\n' | sort -n | tail -1)
    [[ -n $ver ]] || die "no PostgreSQL version found under /usr/lib/postgresql"
    log "no Debian cluster on port $PGPORT: creating cluster $ver/hub_local"
    pg_createcluster --port "$PGPORT" "$ver" hub_local >/dev/null
    cluster="$ver hub_local"
  fi
  read -r ver name <<<"$cluster"
  log "starting Debian cluster $ver/$name on port $PGPORT (as user postgres)..."
  as_postgres pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start \
    || die "pg_ctlcluster $ver $name start failed (see /var/log/postgresql/postgresql-$ver-$name.log)"
  mkdir -p "$WORK"
  echo "$ver $name" >"$STARTED_MARK"
  local deadline=$(( $(date +%s) + PG_START_TIMEOUT ))
  until is_ready; do
    (( $(date +%s) > deadline )) && die "PostgreSQL not ready on $PGHOST_ADDR:$PGPORT after ${PG_START_TIMEOUT}s"
    sleep 0.5
  done
}

# Admin SQL as the postgres superuser: TCP with trust auth first, else the Unix socket as
# the postgres OS user (peer auth, Debian's default).
ADMIN_MODE=""
admin_psql() {
  if [[ -z $ADMIN_MODE ]]; then
    if psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -d postgres -w -Atqc 'select 1' >/dev/null 2>&1; then
      ADMIN_MODE=tcp
    elif as_postgres psql -p "$PGPORT" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
      ADMIN_MODE=socket
    else
      die "cannot connect as superuser postgres (tried psql -h $PGHOST_ADDR -U postgres and su postgres -c psql)"
    fi
  fi
  if [[ $ADMIN_MODE == tcp ]]; then
    psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -d postgres -w -v ON_ERROR_STOP=1 -Atq "$@"
  else
    as_postgres psql -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

ensure_role_and_dbs() {
  local db
  # Identifiers and password come from the environment (dev values); quote them in SQL.
  admin_psql -v u="$HUB_DB_USER" -v pw="$HUB_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'u', :'pw') \gexec
SQL
  for db in $HUB_DB_NAMES; do
    admin_psql -v u="$HUB_DB_USER" -v db="$db" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'u') \gexec
SQL
  done
  # Check that the hub can really log in with its password over TCP.
  for db in $HUB_DB_NAMES; do
    PGPASSWORD=$HUB_DB_PASSWORD psql -h "$PGHOST_ADDR" -p "$PGPORT" -U "$HUB_DB_USER" -d "$db" -w -Atqc 'select 1' >/dev/null \
      || die "role $HUB_DB_USER cannot log in to database $db over TCP (check pg_hba.conf)"
  done
  log "role $HUB_DB_USER and databases ($HUB_DB_NAMES) ready: jdbc:postgresql://$PGHOST_ADDR:$PGPORT/hub (user $HUB_DB_USER, password $HUB_DB_PASSWORD: dev only)"
}

cmd_start() {
  local t0; t0=$(now_s)
  if is_ready; then
    if [[ -f $STARTED_MARK ]]; then log "running on $PGHOST_ADDR:$PGPORT (started earlier by this script)"
    else log "a server already answers on $PGHOST_ADDR:$PGPORT: reusing it (this script will not stop it)"; fi
  else
    start_server
    log "server ready on $PGHOST_ADDR:$PGPORT in $(elapsed "$t0")s"
  fi
  ensure_role_and_dbs
}

cmd_stop() {
  if [[ ! -f $STARTED_MARK ]]; then
    if is_ready; then log "server on $PGHOST_ADDR:$PGPORT was not started by this script: leaving it running"
    else log "not running"; fi
    return 0
  fi
  local ver name
  read -r ver name <"$STARTED_MARK"
  log "stopping Debian cluster $ver/$name (started by this script)..."
  as_postgres pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop || warn "pg_ctlcluster stop failed"
  rm -f "$STARTED_MARK"
  log "stopped"
}

cmd_status() {
  if is_ready; then
    local who="reused, not started by this script"
    [[ -f $STARTED_MARK ]] && who="started by this script: $(<"$STARTED_MARK")"
    echo "postgres: running ($PGHOST_ADDR:$PGPORT, $who)"
    return 0
  fi
  echo "postgres: stopped ($PGHOST_ADDR:$PGPORT)"
  return 3
}

case "${1:-}" in
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
