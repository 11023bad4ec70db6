#!/usr/bin/env bash
# Load test of POST /api/v1/quotes: starts the built jar on a fresh embedded H2 (or MariaDB with
# --mariadb URL), creates and activates 1,000 guided rules through the API (marketer writes, approver
# approves), warms up, then runs wrk with 5-line carts from the sample catalog and prints quotes/s,
# p50/p99 and errors. After a graceful stop (which flushes the quote writer) it counts the stored
# quotes: every 200 answer must be a stored quote.
#   samples/bench/load.sh [--seconds 30] [--connections 32] [--threads 2] [--rules 1000]
#                         [--releases 10]   # also activate ten releases during the run, then check them
#                         [--mariadb 'jdbc:mysql://127.0.0.1:3306/promo_bench?createDatabaseIfNotExist=true']
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=30 connections=32 threads=2 rules=1000 releases=0 mariadb="" port=18080
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2;; --connections) connections=$2; shift 2;; --threads) threads=$2; shift 2;;
    --rules) rules=$2; shift 2;; --releases) releases=$2; shift 2;; --mariadb) mariadb=$2; shift 2;;
    --port) port=$2; shift 2;; *) echo "unknown option $1" >&2; exit 2;;
  esac
done
jar="$root/admin-web/target/promo-platform.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
work=$(mktemp -d /tmp/promo-bench.XXXXXX)
db=(--promo.home="$work/home")
if [ -n "$mariadb" ]; then
  # the demo accounts and key come from promo.demo=true on any database; batches need rewriteBatchedStatements
  db+=(--spring.datasource.url="$mariadb&rewriteBatchedStatements=true" --spring.datasource.username=root
       --spring.datasource.password= --spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver)
fi
echo "work dir $work"
java -Xms1g -Xmx1g -jar "$jar" --server.port="$port" --promo.samples.rules=false "${db[@]}" \
  --logging.file.name="$work/app.log" >"$work/stdout.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
python3 "$here/rules.py" --port "$port" --rules "$rules" $([ "$releases" -gt 0 ] && echo --second-release)
start=$(date -u +%Y-%m-%dT%H:%M:%S)
echo "warm-up 15 s"
wrk -t"$threads" -c"$connections" -d15s -s "$here/quote.lua" "http://127.0.0.1:$port" | tee "$work/warmup.txt" | grep RESULT
if [ "$releases" -gt 0 ]; then
  python3 "$here/rules.py" --port "$port" --releases "$releases" --seconds "$seconds" &
  switcher=$!
fi
echo "measured run ${seconds} s, ${connections} connections, ${threads} wrk threads"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/quote.lua" "http://127.0.0.1:$port" \
  | tee "$work/wrk.txt" | grep -E 'RESULT|Socket errors|Non-2xx' || true
[ "$releases" -gt 0 ] && wait "$switcher"
echo "health: $(curl -s localhost:$port/actuator/health)"
# graceful stop: the quote writer lands every queued quote before the pool closes
kill -TERM $app; wait $app || true; trap - EXIT
grep -h 'Quote writer stopped' "$work/app.log" || true
if [ -z "$mariadb" ]; then
  h2=$(ls ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar /work/m2-*/com/h2database/h2/2.5.252/h2-2.5.252.jar 2>/dev/null | head -1)
  python3 "$here/check.py" --h2-jar "$h2" --db "$work/home/promo" --wrk "$work/wrk.txt" --since "$start" \
    $([ "$releases" -gt 0 ] && echo --releases)
fi
