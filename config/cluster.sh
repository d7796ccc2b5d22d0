#!/usr/bin/env bash
# Two Trustmark nodes on this machine, clustered through Payara Micro's Data Grid (Hazelcast, TCP/IP discovery on
# 127.0.0.1), on one local PostgreSQL, behind HAProxy (Debian's haproxy package; round robin, sticky by a cookie,
# health-checked). Sessions are replicated in the grid, so a member of a killed node goes on on the other (docs/scaling.md).
#
#   ./mvnw package -DskipTests      # once: target/trustmark.war and the local-database jar
#   config/cluster.sh start         # PostgreSQL, node 1 (:8091), node 2 (:8092), HAProxy (:8190); waits until up
#   config/cluster.sh status
#   config/cluster.sh kill 1        # kill -9 node 1; `config/cluster.sh start 1` brings it back
#   config/cluster.sh stop          # everything
#
# Host-aware partitioning (Payara's default) keeps a session's backup off members with the same address: both nodes
# here share 127.0.0.1, so it is off (--nohostaware), or killing one node would lose the sessions it owned. On real
# hosts leave it on.
# Data (PostgreSQL, the document key, logs, pid files) under $CLUSTER_DIR (./data/cluster). Ports: CLUSTER_PROXY_PORT
# (8190), CLUSTER_NODE_PORTS ("8091 8092"), CLUSTER_GRID_PORTS ("6911 6912"). The demo mode is on (demo logins,
# mails to the log and /demo/mailbox); TRUSTMARK_* variables set outside are passed on to both nodes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
dir="${CLUSTER_DIR:-$root/data/cluster}"
proxy_port="${CLUSTER_PROXY_PORT:-8190}"
read -r -a node_ports <<< "${CLUSTER_NODE_PORTS:-8091 8092}"
read -r -a grid_ports <<< "${CLUSTER_GRID_PORTS:-6911 6912}"
jar="$root/target/payara-micro.jar"
[ -f "$jar" ] || jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"
mkdir -p "$dir"

alive() { [ -f "$dir/$1.pid" ] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

start_database() {
    alive database && return 0
    rm -f "$dir/database.env"
    nohup java -Xmx128m -cp "$root/target/trustmark-local-database.jar:$(cat "$root/target/local-database.classpath")" \
        io.trustmark.operations.localdb.ClusterDatabase "$dir" > "$dir/database.log" 2>&1 &
    echo $! > "$dir/database.pid"
    for _ in $(seq 1 180); do
        [ -f "$dir/database.env" ] && return 0
        alive database || { echo "PostgreSQL did not start: $dir/database.log" >&2; tail -20 "$dir/database.log" >&2; exit 1; }
        sleep 1
    done
    echo "PostgreSQL did not start within 3 minutes: $dir/database.log" >&2
    exit 1
}

start_node() {
    local n="$1" port="${node_ports[$(($1 - 1))]}" grid="${grid_ports[$(($1 - 1))]}"
    alive "node$n" && return 0
    [ -f "$dir/document.key" ] || head -c32 /dev/urandom | base64 > "$dir/document.key"
    # The one preboot file, with sessions kept in the Data Grid: it keeps them in memory for a single node.
    sed 's/web-container-availability.availability-enabled=false/web-container-availability.availability-enabled=true/' \
        "$here/payara-preboot.asadmin" > "$dir/preboot.asadmin"
    local members
    members="$(printf '127.0.0.1:%s,' "${grid_ports[@]}")"
    (
        set -a
        # shellcheck disable=SC1091
        . "$dir/database.env"
        set +a
        export TRUSTMARK_DEMO="${TRUSTMARK_DEMO:-true}"
        export TRUSTMARK_SESSION_COOKIE_SECURE="${TRUSTMARK_SESSION_COOKIE_SECURE:-false}"
        export TRUSTMARK_CRYPTO_KEY="${TRUSTMARK_CRYPTO_KEY:-$(cat "$dir/document.key")}"
        export TRUSTMARK_CRYPTO_KEY_ID="${TRUSTMARK_CRYPTO_KEY_ID:-cluster-1}"
        export TRUSTMARK_DATA_DIR="${TRUSTMARK_DATA_DIR:-$dir}"
        export TRUSTMARK_API_CLIENT_ADDRESS_HEADER="${TRUSTMARK_API_CLIENT_ADDRESS_HEADER:-X-Forwarded-For}"
        exec nohup java ${CLUSTER_JAVA_OPTS:--Xmx512m} -jar "$jar" \
            --deploy "$root/target/trustmark.war" --contextroot / \
            --port "$port" --name "node$n" \
            --clustername trustmark-cluster --clustermode "tcpip:${members%,}" \
            --startport "$grid" --interfaces 127.0.0.1 \
            --nohostaware \
            --prebootcommandfile "$dir/preboot.asadmin" \
            --logproperties "$here/logging.properties"
    ) > "$dir/node$n.log" 2>&1 &
    echo $! > "$dir/node$n.pid"
}

wait_node() {
    local n="$1" port="${node_ports[$(($1 - 1))]}"
    for _ in $(seq 1 600); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
            echo "node $n up on http://127.0.0.1:$port"
            return 0
        fi
        alive "node$n" || { echo "node $n died: $dir/node$n.log" >&2; tail -30 "$dir/node$n.log" >&2; exit 1; }
        sleep 1
    done
    echo "node $n not ready within 10 minutes: $dir/node$n.log" >&2
    exit 1
}

start_proxy() {
    alive proxy && return 0
    cat > "$dir/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request refused by a node that died is tried once more on the other (connection failures only: a request
    # the node had begun to answer is not sent twice).
    retries 2
    option redispatch 1
    option forwardfor
frontend trustmark
    bind 127.0.0.1:$proxy_port
    http-request set-header X-Forwarded-Proto http
    http-request set-header X-Forwarded-Host %[req.hdr(host)]
    # No HTTP/2 upgrade of a plain connection (h2c; Java's HTTP client asks for it, browsers never do): a node
    # would switch the connection to a tunnel that no longer balances and breaks when that node goes.
    http-request del-header Upgrade
    http-request del-header HTTP2-Settings
    http-request del-header Connection
    default_backend nodes
backend nodes
    # Which node answered, for config/cluster.sh's users and bench/failover.sh (names no software or version).
    http-response set-header X-Trustmark-Node %s
    balance roundrobin
    # Sticky by a cookie of the proxy's own: measured without it (bench/results.txt, failover run 2), a node handed a
    # request right after the other node changed the session served its own older copy ("Page expired" in the
    # wizard). The grid still holds every session, so when a node dies its members go on on the other one.
    cookie TMNODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
    server node1 127.0.0.1:${node_ports[0]} check cookie n1
    server node2 127.0.0.1:${node_ports[1]} check cookie n2
CFG
    haproxy -f "$dir/haproxy.cfg" -D -p "$dir/proxy.pid" > "$dir/proxy.log" 2>&1
    echo "proxy on http://127.0.0.1:$proxy_port"
}

stop_pid() {
    local name="$1" signal="${2:-TERM}"
    if alive "$name"; then
        local pid
        pid="$(cat "$dir/$name.pid")"
        kill "-$signal" "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/$name.pid"
}

status() {
    for name in database node1 node2 proxy; do
        if alive "$name"; then echo "$name: running (pid $(cat "$dir/$name.pid"))"; else echo "$name: stopped"; fi
    done
    for i in 1 2; do
        local code
        code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${node_ports[$((i - 1))]}/health/ready" || true)"
        echo "node $i health: $code"
    done
}

case "${1:-}" in
    start)
        if [ -n "${2:-}" ]; then
            start_database
            start_node "$2"
            wait_node "$2"
        else
            start_database
            start_node 1
            # The second node joins the first one's grid; started together they would each form one.
            wait_node 1
            start_node 2
            wait_node 2
            start_proxy
        fi
        ;;
    stop)
        if [ -n "${2:-}" ]; then
            stop_pid "node$2"
        else
            stop_pid proxy
            stop_pid node1
            stop_pid node2
            stop_pid database
        fi
        ;;
    kill)
        [ -n "${2:-}" ] || { echo "usage: $0 kill NODE" >&2; exit 2; }
        alive "node$2" && kill -KILL "$(cat "$dir/node$2.pid")"
        rm -f "$dir/node$2.pid"
        ;;
    status)
        status
        ;;
    *)
        echo "usage: $0 start [NODE] | stop [NODE] | kill NODE | status" >&2
        exit 2
        ;;
esac
