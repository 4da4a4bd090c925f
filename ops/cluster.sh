#!/usr/bin/env bash
# Two zhili nodes behind nginx on one PostgreSQL, on this machine (docs/operations.md, "Two nodes behind nginx").
#
#   ops/cluster.sh start              PostgreSQL (embedded binaries, standalone), node 1, node 2, then nginx
#   ops/cluster.sh stop               all of them, nginx first
#   ops/cluster.sh restart N          rolling restart of node N: out of nginx's rotation, graceful stop, start,
#                                     ready, back in the rotation
#   ops/cluster.sh drill [--full]     fresh cluster, load through nginx while node 1 then node 2 restart, then the
#                                     figures (bench/RollingRestartDrill); short form: 50 cases/s, full: 300 cases/s
#   ops/cluster.sh status
#
# Needs the packaged application and test classes (./mvnw -DskipTests package), nginx (Debian's package: only the
# binary is used, as the calling user, with a private prefix) and curl. Settings (environment):
#   ZHILI_CLUSTER_DIR   where data, logs and pids go (target/cluster)
#   ZHILI_PROXY_PORT    nginx's port (18080); nodes on the next two ports; ZHILI_DB_PORT (18079) for PostgreSQL
#   ZHILI_DATABASE_URL  an external PostgreSQL 15+ (jdbc:postgresql://…) instead of the embedded one, with
#                       ZHILI_DATABASE_USER / ZHILI_DATABASE_PASSWORD
#   ZHILI_NODE_OPTS     more --property=value arguments for both nodes; ZHILI_NODE_HEAP (512m)
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${ZHILI_CLUSTER_DIR:-target/cluster}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
PROXY_PORT=${ZHILI_PROXY_PORT:-18080}
NODE_PORTS=("" $((PROXY_PORT + 1)) $((PROXY_PORT + 2)))
DB_PORT=${ZHILI_DB_PORT:-$((PROXY_PORT - 1))}
DB_URL=${ZHILI_DATABASE_URL:-jdbc:postgresql://127.0.0.1:$DB_PORT/postgres}
DB_USER=${ZHILI_DATABASE_USER:-postgres}
DB_PASSWORD=${ZHILI_DATABASE_PASSWORD:-}
HEAP=${ZHILI_NODE_HEAP:-512m}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
LAUNCHER=org.springframework.boot.loader.launch.PropertiesLauncher

log() { printf '%s cluster: %s\n' "$(date +%T)" "$*"; }
die() { log "$*" >&2; exit 1; }

jar() {
  local j
  j=$(ls target/zhili-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
  [ -n "$j" ] || die "no target/zhili-*.jar: run ./mvnw -DskipTests package first"
  echo "$j"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until a URL answers 200, or the process of a pid file died, or the time ran out.
wait_for() {
  local url=$1 pidfile=$2 seconds=$3 what=$4
  for _ in $(seq 1 $((seconds * 2))); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    alive "$pidfile" || die "$what exited (see its log in $DIR)"
    sleep 0.5
  done
  die "$what not ready after $seconds s (see its log in $DIR)"
}

start_db() {
  [ -n "${ZHILI_DATABASE_URL:-}" ] && { log "using the external database $DB_URL"; return; }
  alive "$DIR/db.pid" && { log "PostgreSQL already running"; return; }
  log "starting PostgreSQL (embedded binaries) on port $DB_PORT, data in $DIR/pg"
  nohup "$JAVA" -Xmx64m -Dloader.main=org.zhili.platform.internal.DatabaseServer -cp "$(jar)" $LAUNCHER \
    "$DIR/pg" "$DB_PORT" >"$DIR/db.log" 2>&1 &
  echo $! >"$DIR/db.pid"
  for _ in $(seq 1 120); do
    grep -q "PostgreSQL serving" "$DIR/db.log" 2>/dev/null && return 0
    alive "$DIR/db.pid" || die "PostgreSQL did not start (see $DIR/db.log)"
    sleep 0.5
  done
  die "PostgreSQL not up after 60 s (see $DIR/db.log)"
}

# The personal-data key every node must share (else one node cannot read what the other wrote).
field_key() {
  [ -f "$DIR/field.key" ] || { head -c 32 /dev/urandom | base64 >"$DIR/field.key"; chmod 600 "$DIR/field.key"; }
  cat "$DIR/field.key"
}

start_node() {
  local n=$1 port=${NODE_PORTS[$1]}
  alive "$DIR/node$n.pid" && { log "node $n already running"; return; }
  log "starting node $n on port $port"
  mkdir -p "$DIR/node$n"
  # shellcheck disable=SC2086
  ZHILI_SECURITY_FIELD_KEY=$(field_key) SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=$DB_USER \
    SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
    nohup "$JAVA" -Xmx"$HEAP" -jar "$(jar)" --server.port="$port" --zhili.data-dir="$DIR/node$n" \
    ${ZHILI_NODE_OPTS:-} >>"$DIR/node$n.log" 2>&1 &
  echo $! >"$DIR/node$n.pid"
  wait_for "http://127.0.0.1:$port/actuator/health/readiness" "$DIR/node$n.pid" 300 "node $n"
  log "node $n ready"
}

stop_pid() {
  local pidfile=$1 what=$2
  alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  local pid; pid=$(cat "$pidfile")
  log "stopping $what (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }; sleep 0.5; done
  log "$what still running after 60 s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

# nginx's configuration from ops/nginx/zhili.conf, with the nodes listed in $DIR/nginx/down marked down.
nginx_conf() {
  local run=$DIR/nginx conf=$DIR/nginx/nginx.conf
  mkdir -p "$run"
  sed -e "s|@RUN@|$run|g" -e "s|@LISTEN@|127.0.0.1:$PROXY_PORT|" \
      -e "s|@NODE1@|127.0.0.1:${NODE_PORTS[1]}|" -e "s|@NODE2@|127.0.0.1:${NODE_PORTS[2]}|" \
      ops/nginx/zhili.conf >"$conf"
  for n in $(cat "$run/down" 2>/dev/null); do
    sed -i "s|^\(\s*server 127.0.0.1:${NODE_PORTS[$n]}\) |\1 down |" "$conf"
  done
  echo "$conf"
}

start_nginx() {
  command -v nginx >/dev/null || die "nginx not found (apt-get install nginx)"
  local conf; conf=$(nginx_conf)
  if alive "$DIR/nginx/nginx.pid"; then nginx -p "$DIR/nginx" -c "$conf" -s reload; return; fi
  log "starting nginx on 127.0.0.1:$PROXY_PORT"
  # -e: the error log before the configuration is read (Debian's default is under /var/log)
  nginx -p "$DIR/nginx" -e "$DIR/nginx/error.log" -c "$conf"
  wait_for "http://127.0.0.1:$PROXY_PORT/actuator/health" "$DIR/nginx/nginx.pid" 30 nginx
}

# Takes node N out of nginx's rotation (or puts it back) and reloads nginx; requests under way are finished.
rotation() {
  local n=$1 state=$2 down=$DIR/nginx/down
  touch "$down"
  grep -vx "$n" "$down" >"$down.new" || true
  [ "$state" = out ] && echo "$n" >>"$down.new"
  mv "$down.new" "$down"
  start_nginx
}

restart_node() {
  local n=$1
  log "rolling restart of node $n"
  rotation "$n" out
  sleep 1   # nginx's old workers finish the requests they passed to the node
  stop_pid "$DIR/node$n.pid" "node $n"
  start_node "$n"
  rotation "$n" in
  log "node $n back in the rotation"
}

start_all() {
  start_db
  start_node 1   # alone first: migrations and the first start's work
  start_node 2
  start_nginx
  log "zhili on http://127.0.0.1:$PROXY_PORT (nodes ${NODE_PORTS[1]}, ${NODE_PORTS[2]})"
}

stop_all() {
  alive "$DIR/nginx/nginx.pid" && { log "stopping nginx"; nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -s quit || true; }
  stop_pid "$DIR/node1.pid" "node 1"
  stop_pid "$DIR/node2.pid" "node 2"
  stop_pid "$DIR/db.pid" PostgreSQL
}

drill() {
  local rate=50 min=30
  [ "${1:-}" = --full ] && { rate=300; min=60; }
  rate=${ZHILI_DRILL_RATE:-$rate}
  [ -d target/test-classes/org/zhili/bench ] || die "no target/test-classes: run ./mvnw -DskipTests package first"
  stop_all
  rm -rf "$DIR/pg" "$DIR/node1" "$DIR/node2" "$DIR/nginx" "$DIR"/*.log "$DIR/restarts-done"
  # No demo cases (the load makes its own); acceptance clocks of a minute, so that timers come due during the drill.
  export ZHILI_NODE_OPTS="--zhili.demo.cases=0 --zhili.cases.limits.emergency-accept=1min ${ZHILI_NODE_OPTS:-}"
  trap stop_all EXIT
  start_all
  log "load at $rate cases/s through nginx; restarts follow"
  "$JAVA" -Xmx256m -Dloader.path=target/test-classes -Dloader.main=org.zhili.bench.RollingRestartDrill \
    -cp "$(jar)" $LAUNCHER --url "http://127.0.0.1:$PROXY_PORT" --rate "$rate" --min-duration "$min" \
    --until "$DIR/restarts-done" --jdbc "$DB_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD" \
    --nodes "http://127.0.0.1:${NODE_PORTS[1]},http://127.0.0.1:${NODE_PORTS[2]}" &
  local driver=$!
  # The first acceptance clocks come due a minute into the load: the restarts begin just before, so that timers
  # come due while a node is down or starting.
  sleep "${ZHILI_DRILL_LEAD:-50}"
  restart_node 1
  sleep 5
  restart_node 2
  sleep 5
  touch "$DIR/restarts-done"
  local rc=0
  wait "$driver" || rc=$?
  return $rc
}

case "${1:-}" in
  start) start_all ;;
  stop) stop_all ;;
  restart) [[ "${2:-}" =~ ^[12]$ ]] || die "restart 1 or restart 2"; restart_node "$2" ;;
  drain) rotation "$2" out ;;
  undrain) rotation "$2" in ;;
  drill) shift; drill "$@" ;;
  status)
    for f in db node1 node2 nginx/nginx; do
      if alive "$DIR/$f.pid"; then echo "$f: running (pid $(cat "$DIR/$f.pid"))"; else echo "$f: stopped"; fi
    done ;;
  *) sed -n '2,21p' "$0"; exit 2 ;;
esac
