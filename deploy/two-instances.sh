#!/usr/bin/env bash
# The production set-up of deploy/README.md in miniature, on this machine: two server instances (production
# mode, the executable jar, run as the systemd unit runs it: its JVM options, an environment file like
# /etc/tiketi/server.env) on loopback ports, sharing this machine's PostgreSQL and Redis, behind a local
# nginx with deploy/nginx/tiketi-proxy.conf when nginx is installed, else reached directly.
#
#   deploy/two-instances.sh start        reset its schema and Redis database, start both instances (and
#                                        nginx), return once every one answers healthy
#   deploy/two-instances.sh stop         stop everything it started
#   deploy/two-instances.sh stop a|b     stop one instance (a rolling restart's first half)
#   deploy/two-instances.sh start a|b    start it again on the same data (the second half)
#   deploy/two-instances.sh status       the addresses, and which are up
#
# Settings (environment):
#   TIKETI_DEPLOY_DIR         /tmp/tiketi-two-instances: server.env (the generated secrets), logs, pids
#   TIKETI_DEPLOY_PORTS       "18181 18182": the instances' ports (a and b)
#   TIKETI_DEPLOY_NGINX_PORT  18180; "off": no nginx even if installed
#   TIKETI_DEPLOY_DB_URL      jdbc:postgresql://127.0.0.1:5432/test, as TIKETI_DEPLOY_DB_USER (postgres) with
#                             TIKETI_DEPLOY_DB_PASSWORD (none)
#   TIKETI_DEPLOY_SCHEMA      tiketi_deploy: its own schema there, emptied by `start` (never the tests' tiketi_it)
#   TIKETI_DEPLOY_REDIS_URL   redis://127.0.0.1:6379/11: its own Redis database, flushed by `start` (the tests
#                             use 13, the benchmarks 12); the key namespace follows from database, schema and number
#   TIKETI_DEPLOY_RESET       yes: `start` empties the schema and the Redis database with psql and redis-cli;
#                             no: the caller has done it (TwoInstancesTest does, so it needs neither tool)
#   TIKETI_SERVER_JAR         server/target/tiketi-server-exec.jar
# The admin account is `admin` with the password in $TIKETI_DEPLOY_DIR/server.env.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="${TIKETI_DEPLOY_DIR:-/tmp/tiketi-two-instances}"
read -r port_a port_b <<<"${TIKETI_DEPLOY_PORTS:-18181 18182}"
nginx_port="${TIKETI_DEPLOY_NGINX_PORT:-18180}"
db_url="${TIKETI_DEPLOY_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
db_user="${TIKETI_DEPLOY_DB_USER:-postgres}"
db_password="${TIKETI_DEPLOY_DB_PASSWORD:-}"
schema="${TIKETI_DEPLOY_SCHEMA:-tiketi_deploy}"
redis_url="${TIKETI_DEPLOY_REDIS_URL:-redis://127.0.0.1:6379/11}"
jar="${TIKETI_SERVER_JAR:-$root/server/target/tiketi-server-exec.jar}"

port_of() { case "$1" in a) echo "$port_a" ;; b) echo "$port_b" ;; *) echo "no instance '$1' (a or b)" >&2; exit 64 ;; esac; }
alive() { [[ -f "$dir/$1.pid" ]] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }
nginx_bin() { [[ "$nginx_port" != off ]] && { command -v nginx || ls /usr/sbin/nginx 2>/dev/null; }; }

# What the instances run with: the same variables as /etc/tiketi/server.env of a real installation
# (deploy/systemd/server.env.sample), plus the schema, which a real database does not need.
write_env() {
  mkdir -p "$dir"
  rm -f "$dir/server.env"
  (umask 077 && touch "$dir/server.env") # secrets: readable by its owner only
  cat >>"$dir/server.env" <<EOF
TIKETI_DB_URL=$db_url?currentSchema=$schema
TIKETI_DB_USER=$db_user
TIKETI_DB_PASSWORD=$db_password
SPRING_FLYWAY_SCHEMAS=$schema
SPRING_FLYWAY_DEFAULT_SCHEMA=$schema
TIKETI_REDIS_URL=$redis_url
TIKETI_JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
TIKETI_ADMIN_USER=admin
TIKETI_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 -w0 | tr '+/' '-_')
TIKETI_PAYMENTS_SIMULATED=true
EOF
}

# An empty schema that exists before the instances start (two Flyways must not race to create it), and an
# empty Redis database (keys left by an earlier run would describe events of the dropped schema).
reset_services() {
  [[ "${TIKETI_DEPLOY_RESET:-yes}" == no ]] && return
  local out
  if ! out=$(PGPASSWORD="$db_password" psql -q -v ON_ERROR_STOP=1 -U "$db_user" "${db_url#jdbc:}" \
    -c "drop schema if exists $schema cascade" -c "create schema $schema" 2>&1); then
    echo "$out" >&2
    echo "could not reset the schema $schema at $db_url" >&2
    exit 1
  fi
  [[ "$(redis-cli -u "$redis_url" flushdb)" == OK ]] || { echo "could not flush the Redis database $redis_url" >&2; exit 1; }
}

# The unit's JVM options, so that what runs here is what systemd runs (heap dumps go to $dir instead)
jvm_options() {
  sed -n 's|^ExecStart=/usr/bin/java \(.*\) -jar .*|\1|p' "$root/deploy/systemd/tiketi-server@.service" \
    | sed "s|/var/lib/tiketi|$dir|g"
}

start_instance() { # $1: a or b
  local name=$1 port
  port=$(port_of "$1")
  alive "$name" && { echo "instance $name is already running" >&2; return; }
  [[ -f "$dir/server.env" ]] || { echo "no $dir/server.env: run '$0 start' first" >&2; exit 1; }
  local options
  options=$(jvm_options)
  [[ -n "$options" ]] || { echo "no ExecStart=/usr/bin/java ... -jar in deploy/systemd/tiketi-server@.service" >&2; exit 1; }
  # as systemd's EnvironmentFile= would: every line a variable, nothing else
  (
    set -a
    # shellcheck disable=SC1091
    . "$dir/server.env"
    set +a
    # shellcheck disable=SC2086 # the options are words
    SERVER_PORT=$port TIKETI_DATA_DIR="$dir/data-$name" exec java $options -jar "$jar" >"$dir/$name.log" 2>&1
  ) &
  echo $! >"$dir/$name.pid"
}

wait_healthy() { # $1: a port; $2: what it is; $3: the instance (a or b), if it is one
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health" && return 0
    if [[ -n "${3:-}" ]] && ! alive "$3"; then
      tail -n 20 "$dir/$3.log" >&2
      echo "$2 exited at start-up; see $dir/$3.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$2 on port $1 did not become healthy in 120 s; see $dir/*.log" >&2
  return 1
}

stop_instance() {
  local name=$1
  if alive "$name"; then
    local pid
    pid=$(cat "$dir/$name.pid")
    kill "$pid" # SIGTERM: a graceful shutdown, as systemctl stop
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$dir/$name.pid"
}

start_nginx() {
  local nginx=$1
  mkdir -p "$dir/nginx/tmp"
  rm -f "$dir/nginx/access.log" "$dir/nginx/error.log"
  cat >"$dir/nginx/nginx.conf" <<EOF
# generated by deploy/two-instances.sh: deploy/nginx/tiketi.conf's upstream on this machine's ports
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/tmp/body;
    proxy_temp_path $dir/nginx/tmp/proxy;
    fastcgi_temp_path $dir/nginx/tmp/fastcgi;
    uwsgi_temp_path $dir/nginx/tmp/uwsgi;
    scgi_temp_path $dir/nginx/tmp/scgi;
    upstream tiketi {
        server 127.0.0.1:$port_a max_fails=0;
        server 127.0.0.1:$port_b max_fails=0;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        include $root/deploy/nginx/tiketi-proxy.conf;
    }
}
EOF
  "$nginx" -t -q -e "$dir/nginx/error.log" -c "$dir/nginx/nginx.conf"
  "$nginx" -e "$dir/nginx/error.log" -c "$dir/nginx/nginx.conf"
}

stop_nginx() {
  if [[ -f "$dir/nginx/nginx.pid" ]]; then
    local pid
    pid=$(cat "$dir/nginx/nginx.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  rm -f "$dir/nginx/nginx.pid"
}

status() {
  for name in a b; do
    local state=down
    alive "$name" && state="up (pid $(cat "$dir/$name.pid"), log $dir/$name.log)"
    echo "instance $name: http://127.0.0.1:$(port_of "$name") $state"
  done
  if [[ -f "$dir/nginx/nginx.pid" ]]; then
    echo "nginx: http://127.0.0.1:$nginx_port (terminals connect here; log $dir/nginx/)"
  else
    echo "nginx: none (connect terminals to an instance directly)"
  fi
  echo "admin: admin / see TIKETI_ADMIN_PASSWORD in $dir/server.env"
}

cmd="${1:-}"
case "$cmd" in
  start)
    [[ -f "$jar" ]] || { echo "no server jar at $jar: build it with ./tiketi package (or mvn -DskipTests -pl server -am package)" >&2; exit 1; }
    if [[ -n "${2:-}" ]]; then
      start_instance "$2"
      wait_healthy "$(port_of "$2")" "instance $2" "$2"
      exit 0
    fi
    stop_nginx
    stop_instance a
    stop_instance b
    write_env
    reset_services
    start_instance a
    start_instance b
    wait_healthy "$port_a" "instance a" a
    wait_healthy "$port_b" "instance b" b
    if nginx=$(nginx_bin); then
      start_nginx "$nginx"
      wait_healthy "$nginx_port" nginx
    fi
    status
    ;;
  stop)
    if [[ -n "${2:-}" ]]; then
      stop_instance "$2"
    else
      stop_nginx
      stop_instance a
      stop_instance b
    fi
    ;;
  status)
    status
    ;;
  *)
    sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'
    [[ -z "$cmd" || "$cmd" == help || "$cmd" == -h || "$cmd" == --help ]] || exit 64
    ;;
esac
