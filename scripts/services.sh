#!/usr/bin/env bash
# Runs the local Neo4j (assembled from Maven Central, see services/neo4j/pom.xml) and Redis that identity-graph
# needs, without Docker, each profile in its own folder .data/<profile>/ on its own loopback ports.
#
#   bash scripts/services.sh <install|start|stop|status|env|wipe> [--profile dev|test|bench] [--yes]
#
# start writes .data/<profile>/services.env (and, for dev, a copy at .env) with the connection values.
# If NEO4J_URI (or REDIS_URL) is already set in the environment, that service is taken as given and not run here.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
NEO4J_HOME_DIR="$REPO/services/neo4j/target/neo4j-home"
NEO4J_POM="$REPO/services/neo4j/pom.xml"
NEO4J_BUILT_MARKER="$NEO4J_HOME_DIR/.built"
START_TIMEOUT=180
STOP_TIMEOUT=60

usage() {
  cat <<'EOF'
usage: bash scripts/services.sh <command> [--profile dev|test|bench] [--yes]

commands:
  install   build the Neo4j home with Maven (first time only) and install redis-server if missing
  start     install if needed, then start Neo4j and Redis for the profile (idempotent) and write services.env
  stop      stop the profile's Neo4j (SIGTERM, SIGKILL after 60 s) and Redis (SHUTDOWN; the AOF keeps the data)
  status    show what runs for the profile, with ports (exit 0 when everything is up, 3 otherwise)
  env       print the profile's services.env
  wipe      stop and delete .data/<profile> (dev needs --yes)

profiles (default dev):   bolt   http   redis   heap   pagecache
  dev                     7688   7475   6380    2g     2g
  test                    7689   7476   6381    1g     1g
  bench                   7690   7477   6382    3g     4g

Set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) or REDIS_URL to use a server of your own instead.
EOF
}

die() { echo "services: $*" >&2; exit 1; }
say() { echo "services: $*"; }

# ---------------------------------------------------------------------------------------------- arguments
COMMAND="${1:-}"
[ $# -gt 0 ] && shift
PROFILE=dev
YES=0
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) [ $# -ge 2 ] || die "--profile needs a value"; PROFILE="$2"; shift 2 ;;
    --profile=*) PROFILE="${1#--profile=}"; shift ;;
    --yes|-y) YES=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

case "$PROFILE" in
  dev)   BOLT_PORT=7688; HTTP_PORT=7475; REDIS_PORT=6380; HEAP=2g; PAGECACHE=2g ;;
  test)  BOLT_PORT=7689; HTTP_PORT=7476; REDIS_PORT=6381; HEAP=1g; PAGECACHE=1g ;;
  bench) BOLT_PORT=7690; HTTP_PORT=7477; REDIS_PORT=6382; HEAP=3g; PAGECACHE=4g ;;
  *) die "unknown profile '$PROFILE' (dev, test or bench)" ;;
esac
# Two checkouts on one machine (a second worktree, a parallel CI job) each need their own ports.
if [ -n "${IDGRAPH_PORT_SHIFT:-}" ]; then
  case "$IDGRAPH_PORT_SHIFT" in *[!0-9]*) die "IDGRAPH_PORT_SHIFT must be a whole number, got '$IDGRAPH_PORT_SHIFT'" ;; esac
  BOLT_PORT=$((BOLT_PORT + IDGRAPH_PORT_SHIFT)); HTTP_PORT=$((HTTP_PORT + IDGRAPH_PORT_SHIFT)); REDIS_PORT=$((REDIS_PORT + IDGRAPH_PORT_SHIFT))
fi

DATA_DIR="$REPO/.data/$PROFILE"
ENV_FILE="$DATA_DIR/services.env"
NEO_DIR="$DATA_DIR/neo4j"
NEO_CONF_DIR="$NEO_DIR/conf"
NEO_PID_FILE="$NEO_DIR/run/neo4j-console.pid"
NEO_CONSOLE_LOG="$NEO_DIR/logs/console.log"
NEO_PASSWORD_FILE="$NEO_DIR/password"
REDIS_DIR="$DATA_DIR/redis"
REDIS_CONF="$REDIS_DIR/redis.conf"
REDIS_PID_FILE="$REDIS_DIR/redis.pid"
REDIS_LOG="$REDIS_DIR/redis.log"

LOCAL_NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT"
LOCAL_BROWSER_URL="http://127.0.0.1:$HTTP_PORT/browser/"
LOCAL_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"

# A NEO4J_URI / REDIS_URL in the environment means "use that server". One that points at this profile's own
# ports (say, from a sourced .env) is still ours to run.
is_own_url() {
  local url="${1%/}" port="$2" scheme="$3"
  case "$url" in
    "$scheme://127.0.0.1:$port"|"$scheme://localhost:$port") return 0 ;;
    *) return 1 ;;
  esac
}
EXTERNAL_NEO4J=0
EXTERNAL_REDIS=0
if [ -n "${NEO4J_URI:-}" ] && ! is_own_url "$NEO4J_URI" "$BOLT_PORT" bolt; then EXTERNAL_NEO4J=1; fi
if [ -n "${REDIS_URL:-}" ] && ! is_own_url "$REDIS_URL" "$REDIS_PORT" redis; then EXTERNAL_REDIS=1; fi

# ---------------------------------------------------------------------------------------------- helpers
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  say "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# Serialises install steps between concurrent runs (say, `npm start` and `npm test` at once). The lock is
# released again before anything is started, so no server inherits it.
lock_install() {
  mkdir -p "$REPO/.data"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$REPO/.data/.install.lock"
    flock 9
  fi
}
unlock_install() { exec 9>&-; }

# One start/stop/wipe at a time per profile (fd 8, held until this script exits; never passed to the servers).
lock_profile() {
  [ -d "$DATA_DIR" ] || [ "${1:-}" = create ] || return 0
  mkdir -p "$DATA_DIR"
  command -v flock >/dev/null 2>&1 || return 0
  exec 8>"$DATA_DIR/.services.lock"
  if ! flock -n 8; then
    say "waiting for another scripts/services.sh on profile $PROFILE"
    flock 8
  fi
}

neo4j_home_ready() {
  [ -d "$NEO4J_HOME_DIR/lib" ] && [ -f "$NEO4J_BUILT_MARKER" ] && [ ! "$NEO4J_POM" -nt "$NEO4J_BUILT_MARKER" ] && return 0
  # A home built by hand (mvn package, no marker): accept it when it holds the server and APOC and the pom has not
  # changed since.
  if [ -d "$NEO4J_HOME_DIR/lib" ] && [ ! -f "$NEO4J_BUILT_MARKER" ] && [ ! "$NEO4J_POM" -nt "$NEO4J_HOME_DIR/lib" ] \
     && compgen -G "$NEO4J_HOME_DIR/lib/neo4j-server-*.jar" >/dev/null \
     && compgen -G "$NEO4J_HOME_DIR/plugins/apoc-core-*.jar" >/dev/null; then
    return 0
  fi
  return 1
}

ensure_java() {
  if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    if is_root && apt_install default-jre-headless maven; then return 0; fi
    die "Neo4j needs Java 17 or 21 and Maven 3.8+ on PATH; install them (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven)"
  fi
}

install_neo4j() {
  neo4j_home_ready && return 0
  ensure_java
  lock_install
  if neo4j_home_ready; then unlock_install; return 0; fi
  # Build into a fresh folder and swap it in, so an interrupted build never leaves a half-filled home behind
  # and a Neo4j of another profile that still runs keeps its open jars.
  local tmp="$NEO4J_HOME_DIR.tmp.$$"
  rm -rf "$tmp"
  say "building the Neo4j home with Maven (the first time downloads about 170 MB from Maven Central)"
  local t0=$SECONDS
  local log="$REPO/.data/neo4j-maven-build.log"
  if ! mvn -B -q -Dstyle.color=never -f "$NEO4J_POM" -Dneo4j.home="$tmp" package >"$log" 2>&1; then
    tail -n 40 "$log" >&2 || true
    rm -rf "$tmp"
    die "mvn package of ${NEO4J_POM#$REPO/} failed (output in ${log#$REPO/})"
  fi
  [ -d "$tmp/lib" ] || die "maven finished but $tmp/lib is missing"
  date -u +%FT%TZ > "$tmp/.built"
  rm -rf "$NEO4J_HOME_DIR.old"
  [ -e "$NEO4J_HOME_DIR" ] && mv "$NEO4J_HOME_DIR" "$NEO4J_HOME_DIR.old"
  mv "$tmp" "$NEO4J_HOME_DIR"
  rm -rf "$NEO4J_HOME_DIR.old"
  unlock_install
  say "Neo4j home ready in $((SECONDS - t0)) s: ${NEO4J_HOME_DIR#$REPO/}"
}

install_redis() {
  if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then return 0; fi
  if is_root; then
    lock_install
    if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
      apt_install redis-server || die "redis-server is missing and apt-get is not available; install Redis 7 (redis-server and redis-cli) yourself"
      command -v redis-server >/dev/null 2>&1 || die "apt-get install redis-server did not provide redis-server"
    fi
    unlock_install
  else
    echo "services: redis-server is not installed and this is not root, so it is not installed for you." >&2
    echo "services: install Redis 7 (redis-server and redis-cli) first, e.g.:" >&2
    echo "services:   Debian/Ubuntu: sudo apt-get install redis-server" >&2
    echo "services:   macOS:         brew install redis" >&2
    exit 1
  fi
}

do_install() {
  if [ "$EXTERNAL_NEO4J" = 1 ]; then say "NEO4J_URI is set ($NEO4J_URI): no local Neo4j needed"; else install_neo4j; fi
  if [ "$EXTERNAL_REDIS" = 1 ]; then say "REDIS_URL is set: no local Redis needed"; else install_redis; fi
}

# ---------------------------------------------------------------------------------------------- neo4j
neo4j_pid() {
  local pid
  [ -f "$NEO_PID_FILE" ] || return 1
  pid="$(cat "$NEO_PID_FILE" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # The pid must still be our Neo4j, not a recycled pid.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "org.neo4j.server.startup.Neo4jCommand" || return 1
  echo "$pid"
}

write_neo4j_conf() {
  mkdir -p "$NEO_CONF_DIR" "$NEO_DIR/data" "$NEO_DIR/logs" "$NEO_DIR/run" "$NEO_DIR/import"
  cat >"$NEO_CONF_DIR/neo4j.conf" <<EOF
# Written by scripts/services.sh for profile '$PROFILE' on every start; edits here are overwritten.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false

server.directories.data=$NEO_DIR/data
server.directories.logs=$NEO_DIR/logs
server.directories.run=$NEO_DIR/run
server.directories.import=$NEO_DIR/import
server.directories.plugins=$NEO4J_HOME_DIR/plugins

server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE

# Transaction logs are kept for recovery only (no cluster, no incremental backup here): bound them so repeated
# benchmark and test loads do not fill the disk.
db.tx_log.rotation.retention_policy=2 files
db.tx_log.rotation.size=256M

dbms.usage_report.enabled=false
dbms.security.auth_enabled=true
dbms.security.procedures.unrestricted=apoc.*

server.jvm.additional=-XX:+UseG1GC
server.jvm.additional=-XX:-OmitStackTraceInFastThrow
server.jvm.additional=-XX:+UnlockExperimentalVMOptions
server.jvm.additional=-XX:+TrustFinalNonStaticFields
server.jvm.additional=-XX:+DisableExplicitGC
server.jvm.additional=-Djdk.nio.maxCachedBufferSize=1024
server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
server.jvm.additional=--enable-native-access=ALL-UNNAMED
server.jvm.additional=-Dlog4j2.disable.jmx=true
EOF
}

neo4j_java() {
  NEO4J_HOME="$NEO4J_HOME_DIR" NEO4J_CONF="$NEO_CONF_DIR" java -cp "$NEO4J_HOME_DIR/lib/*" "$@"
}

ensure_neo4j_password() {
  if [ ! -s "$NEO_PASSWORD_FILE" ]; then
    if [ -d "$NEO_DIR/data/databases/system" ]; then
      die "the Neo4j database of profile '$PROFILE' exists but its password file ${NEO_PASSWORD_FILE#$REPO/} is gone; run 'bash scripts/services.sh wipe --profile $PROFILE' to start afresh"
    fi
    local pw
    if command -v openssl >/dev/null 2>&1; then
      pw="$(openssl rand -hex 16)"
    else
      pw="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    fi
    [ ${#pw} -ge 16 ] || die "could not generate a password"
    (umask 077 && printf '%s\n' "$pw" >"$NEO_PASSWORD_FILE.tmp")
    mv "$NEO_PASSWORD_FILE.tmp" "$NEO_PASSWORD_FILE"
  fi
  # Before the first start (no system database yet) the password is set with neo4j-admin; Neo4j picks it up then.
  if [ ! -d "$NEO_DIR/data/databases/system" ]; then
    local out
    if ! out="$(neo4j_java org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$(cat "$NEO_PASSWORD_FILE")" 2>&1)"; then
      echo "$out" >&2
      die "neo4j-admin dbms set-initial-password failed"
    fi
  fi
}

neo4j_query_ok() {
  # A real Cypher call through the Query API, with the generated password (given to curl on stdin, not argv).
  local code body
  body="$(mktemp)"
  code="$(curl -s --max-time 10 -o "$body" -w '%{http_code}' -K - \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -d '{"statement":"RETURN 1 AS ok"}' "http://127.0.0.1:$HTTP_PORT/db/neo4j/query/v2" \
    <<<"user = \"neo4j:$(cat "$NEO_PASSWORD_FILE")\"" || true)"
  LAST_QUERY_CODE="$code"
  if { [ "$code" = 200 ] || [ "$code" = 202 ]; } && grep -q '"values"' "$body"; then rm -f "$body"; return 0; fi
  rm -f "$body"
  return 1
}

neo4j_fail() {
  echo "services: $*" >&2
  echo "----- last lines of ${NEO_CONSOLE_LOG#$REPO/} -----" >&2
  tail -n 40 "$NEO_CONSOLE_LOG" >&2 2>/dev/null || true
  echo "----- (full logs in ${NEO_DIR#$REPO/}/logs) -----" >&2
  exit 1
}

wait_neo4j() {
  local deadline=$((SECONDS + START_TIMEOUT)) code unauthorized=0
  while :; do
    neo4j_pid >/dev/null || neo4j_fail "Neo4j ($PROFILE) exited during start-up"
    code="$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/" || true)"
    if [ "$code" = 200 ]; then
      if neo4j_query_ok; then return 0; fi
      if [ "$LAST_QUERY_CODE" = 401 ]; then
        unauthorized=$((unauthorized + 1))
        [ $unauthorized -ge 5 ] && neo4j_fail "Neo4j ($PROFILE) refuses the password in ${NEO_PASSWORD_FILE#$REPO/}; 'bash scripts/services.sh wipe --profile $PROFILE' starts afresh"
      fi
    fi
    [ $SECONDS -ge $deadline ] && neo4j_fail "Neo4j ($PROFILE) did not answer HTTP 200 and a Cypher query within ${START_TIMEOUT} s"
    sleep 1
  done
}

start_neo4j() {
  local pid
  if pid="$(neo4j_pid)"; then
    say "Neo4j ($PROFILE) already running, pid $pid"
    wait_neo4j
    return 0
  fi
  rm -f "$NEO_PID_FILE"
  for p in "$BOLT_PORT" "$HTTP_PORT"; do
    port_open "$p" && die "port $p is already in use by another process; stop it or pick another profile"
  done
  write_neo4j_conf
  ensure_neo4j_password
  say "starting Neo4j ($PROFILE): bolt 127.0.0.1:$BOLT_PORT, http 127.0.0.1:$HTTP_PORT, heap $HEAP, page cache $PAGECACHE"
  {
    echo
    echo "===== $(date -u +%FT%TZ) services.sh start --profile $PROFILE ====="
  } >>"$NEO_CONSOLE_LOG"
  # setsid: its own session and process group, so a Ctrl-C in the terminal that ran `npm start` never reaches it.
  (
    cd "$NEO_DIR"
    export NEO4J_HOME="$NEO4J_HOME_DIR" NEO4J_CONF="$NEO_CONF_DIR"
    nohup setsid java -cp "$NEO4J_HOME_DIR/lib/*" org.neo4j.server.startup.Neo4jCommand console \
      >>"$NEO_CONSOLE_LOG" 2>&1 </dev/null 8>&- 9>&- &
    echo $! >"$NEO_PID_FILE"
  )
  local t0=$SECONDS
  wait_neo4j
  say "Neo4j ($PROFILE) up in $((SECONDS - t0)) s, pid $(cat "$NEO_PID_FILE")"
}

stop_neo4j() {
  local pid
  if ! pid="$(neo4j_pid)"; then
    rm -f "$NEO_PID_FILE"
    say "Neo4j ($PROFILE) is not running"
    return 0
  fi
  say "stopping Neo4j ($PROFILE), pid $pid"
  # The launcher runs the server as a child JVM in the same process group (it was started with setsid).
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null || kill -0 -- "-$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      say "Neo4j ($PROFILE) still running after ${STOP_TIMEOUT} s: SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1
  done
  rm -f "$NEO_PID_FILE"
  say "Neo4j ($PROFILE) stopped"
}

# ---------------------------------------------------------------------------------------------- redis
redis_ours() {
  # Answers on our port and runs from our folder.
  local dir
  dir="$(redis-cli -p "$REDIS_PORT" --raw CONFIG GET dir 2>/dev/null | sed -n 2p)" || return 1
  [ "$dir" = "$REDIS_DIR" ]
}

redis_pid() {
  local pid
  [ -f "$REDIS_PID_FILE" ] || return 1
  pid="$(cat "$REDIS_PID_FILE" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

write_redis_conf() {
  mkdir -p "$REDIS_DIR"
  cat >"$REDIS_CONF" <<EOF
# Written by scripts/services.sh for profile '$PROFILE' on every start; edits here are overwritten.
bind 127.0.0.1
port $REDIS_PORT
daemonize yes
pidfile "$REDIS_PID_FILE"
logfile "$REDIS_LOG"
dir "$REDIS_DIR"
# Durability comes from the append-only file; RDB snapshots are off.
appendonly yes
appendfsync everysec
save ""
# BullMQ requires that Redis never evicts keys.
maxmemory-policy noeviction
EOF
}

start_redis() {
  if redis_ours; then
    say "Redis ($PROFILE) already running on 127.0.0.1:$REDIS_PORT"
    return 0
  fi
  port_open "$REDIS_PORT" && die "port $REDIS_PORT is already in use by another process; stop it or pick another profile"
  write_redis_conf
  say "starting Redis ($PROFILE) on 127.0.0.1:$REDIS_PORT"
  redis-server "$REDIS_CONF" 8>&- 9>&- || { tail -n 20 "$REDIS_LOG" >&2 2>/dev/null || true; die "redis-server failed to start"; }
  local deadline=$((SECONDS + 30))
  until [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; do
    if [ $SECONDS -ge $deadline ]; then
      echo "----- last lines of ${REDIS_LOG#$REPO/} -----" >&2
      tail -n 20 "$REDIS_LOG" >&2 2>/dev/null || true
      die "Redis ($PROFILE) did not answer PING within 30 s"
    fi
    sleep 0.2
  done
  say "Redis ($PROFILE) up, pid $(cat "$REDIS_PID_FILE" 2>/dev/null || echo '?')"
}

stop_redis() {
  local pid=""
  pid="$(redis_pid)" || pid=""
  if redis_ours; then
    say "stopping Redis ($PROFILE) on 127.0.0.1:$REDIS_PORT"
    redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
  elif [ -z "$pid" ]; then
    say "Redis ($PROFILE) is not running"
    return 0
  else
    kill -TERM "$pid" 2>/dev/null || true
  fi
  local deadline=$((SECONDS + 30))
  while { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; } || redis_ours; do
    if [ $SECONDS -ge $deadline ]; then
      [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  say "Redis ($PROFILE) stopped"
}

# ---------------------------------------------------------------------------------------------- env file
env_line() {
  # KEY=VALUE as Node's process.loadEnvFile / util.parseEnv read it: quoted when the value has characters that
  # parser would misread (quotes there are literal, with no escapes, so pick a quote the value does not hold).
  local key="$1" value="$2" q
  case "$value" in *$'\n'*|*$'\r'*) die "$key must not contain a line break" ;; esac
  if [[ "$value" =~ ^[A-Za-z0-9_./:@+%=,-]*$ ]]; then
    printf '%s=%s\n' "$key" "$value"
    return
  fi
  for q in "'" '"' '`'; do
    if [[ "$value" != *"$q"* ]]; then
      printf '%s=%s%s%s\n' "$key" "$q" "$value" "$q"
      return
    fi
  done
  die "$key holds all of ' \" and \` and cannot be written to an env file"
}

ensure_auth_secret() {
  local file="$DATA_DIR/auth-hs256-secret" secret
  if [ ! -s "$file" ]; then
    if command -v openssl >/dev/null 2>&1; then secret="$(openssl rand -hex 32)"; else secret="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"; fi
    [ ${#secret} -ge 32 ] || die "could not generate the API token secret"
    (umask 077 && printf '%s\n' "$secret" >"$file.tmp")
    mv "$file.tmp" "$file"
  fi
  cat "$file"
}

write_env_file() {
  mkdir -p "$DATA_DIR"
  local tmp="$ENV_FILE.tmp.$$"
  (
    umask 077
    {
      echo "# Written by scripts/services.sh start --profile $PROFILE"
      if [ "$EXTERNAL_NEO4J" = 1 ]; then
        env_line NEO4J_URI "$NEO4J_URI"
        env_line NEO4J_USER "${NEO4J_USER:-neo4j}"
        env_line NEO4J_PASSWORD "${NEO4J_PASSWORD:-}"
        [ -n "${NEO4J_BROWSER_URL:-}" ] && env_line NEO4J_BROWSER_URL "$NEO4J_BROWSER_URL"
      else
        env_line NEO4J_URI "$LOCAL_NEO4J_URI"
        env_line NEO4J_USER neo4j
        env_line NEO4J_PASSWORD "$(cat "$NEO_PASSWORD_FILE")"
        env_line NEO4J_BROWSER_URL "$LOCAL_BROWSER_URL"
      fi
      if [ "$EXTERNAL_REDIS" = 1 ]; then env_line REDIS_URL "$REDIS_URL"; else env_line REDIS_URL "$LOCAL_REDIS_URL"; fi
      # The API's HS256 key for local bearer tokens (bin/idgraph token): generated once per profile, kept with its data.
      if [ "$PROFILE" = dev ]; then env_line AUTH_HS256_SECRET "$(ensure_auth_secret)"; fi
    } >"$tmp"
  )
  mv "$tmp" "$ENV_FILE"
  if [ "$PROFILE" = dev ]; then
    cp "$ENV_FILE" "$REPO/.env.tmp.$$"
    chmod 600 "$REPO/.env.tmp.$$"
    mv "$REPO/.env.tmp.$$" "$REPO/.env"
  fi
}

# ---------------------------------------------------------------------------------------------- commands
do_start() {
  do_install
  lock_profile create
  if [ "$EXTERNAL_NEO4J" = 1 ]; then
    say "NEO4J_URI is set ($NEO4J_URI): not starting a local Neo4j"
  else
    start_neo4j
  fi
  if [ "$EXTERNAL_REDIS" = 1 ]; then
    say "REDIS_URL is set: not starting a local Redis"
  else
    start_redis
  fi
  write_env_file
  echo
  say "profile $PROFILE ready; connection values in ${ENV_FILE#$REPO/}$([ "$PROFILE" = dev ] && echo " and .env")"
  if [ "$PROFILE" = dev ]; then
    # The dev summary shows the credentials: they are what logs into Neo4j Browser.
    if [ "$EXTERNAL_NEO4J" = 0 ]; then
      echo "  Neo4j Browser: $LOCAL_BROWSER_URL"
      echo "    connect URL: $LOCAL_NEO4J_URI   user: neo4j   password: $(cat "$NEO_PASSWORD_FILE")"
    else
      echo "  Neo4j:         $NEO4J_URI (given)"
    fi
  else
    echo "  Neo4j:         $([ "$EXTERNAL_NEO4J" = 1 ] && echo "$NEO4J_URI (given)" || echo "$LOCAL_NEO4J_URI  browser $LOCAL_BROWSER_URL")"
    echo "  (the password is in ${ENV_FILE#$REPO/}; 'bash scripts/services.sh env --profile $PROFILE' prints it)"
  fi
  echo "  Redis:         $([ "$EXTERNAL_REDIS" = 1 ] && echo "given by REDIS_URL" || echo "$LOCAL_REDIS_URL")"
  echo "  stop with:     bash scripts/services.sh stop --profile $PROFILE   (npm run services -- stop --profile $PROFILE)"
}

do_stop() {
  stop_neo4j
  if command -v redis-cli >/dev/null 2>&1; then stop_redis; else say "redis-cli not installed: no Redis to stop"; fi
}

do_status() {
  local ok=0 pid
  echo "profile $PROFILE (${DATA_DIR#$REPO/})"
  if [ "$EXTERNAL_NEO4J" = 1 ]; then
    echo "  neo4j: given by NEO4J_URI=$NEO4J_URI (not managed here)"
  elif pid="$(neo4j_pid)"; then
    if [ "$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/" || true)" = 200 ]; then
      echo "  neo4j: running, pid $pid, bolt 127.0.0.1:$BOLT_PORT, http 127.0.0.1:$HTTP_PORT (browser $LOCAL_BROWSER_URL)"
    else
      echo "  neo4j: process $pid running, HTTP on 127.0.0.1:$HTTP_PORT not answering (starting or stuck; see ${NEO_CONSOLE_LOG#$REPO/})"
      ok=3
    fi
  else
    echo "  neo4j: stopped (bolt port $BOLT_PORT, http port $HTTP_PORT)"
    ok=3
  fi
  if [ "$EXTERNAL_REDIS" = 1 ]; then
    echo "  redis: given by REDIS_URL (not managed here)"
  elif command -v redis-cli >/dev/null 2>&1 && redis_ours; then
    echo "  redis: running, pid $(redis_pid || echo '?'), 127.0.0.1:$REDIS_PORT, appendonly $(redis-cli -p "$REDIS_PORT" --raw CONFIG GET appendonly | sed -n 2p)"
  else
    echo "  redis: stopped (port $REDIS_PORT)"
    ok=3
  fi
  return $ok
}

do_env() {
  [ -f "$ENV_FILE" ] || die "no ${ENV_FILE#$REPO/} yet: run 'bash scripts/services.sh start --profile $PROFILE' first"
  cat "$ENV_FILE"
}

do_wipe() {
  if [ "$PROFILE" = dev ] && [ "$YES" != 1 ]; then
    die "wipe deletes the dev database and queue ($DATA_DIR); repeat with --yes to do it"
  fi
  lock_profile
  do_stop
  if [ "$PROFILE" = dev ] && [ -f "$REPO/.env" ] && [ -f "$ENV_FILE" ] && cmp -s "$REPO/.env" "$ENV_FILE"; then
    rm -f "$REPO/.env"
  fi
  rm -rf "$DATA_DIR"
  say "deleted ${DATA_DIR#$REPO/}"
}

case "$COMMAND" in
  install) do_install ;;
  start) do_start ;;
  stop) lock_profile; do_stop ;;
  status) do_status ;;
  env) do_env ;;
  wipe) do_wipe ;;
  -h|--help|help) usage ;;
  "") usage >&2; exit 2 ;;
  *) usage >&2; die "unknown command: $COMMAND" ;;
esac
