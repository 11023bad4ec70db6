#!/usr/bin/env bash
# Load test of POST /api/v1/quotes: starts the built jar on a fresh embedded H2 (or MariaDB with
# --mariadb URL), creates and activates 1,000 guided rules through the API (marketer writes, approver
# approves), warms up, then runs wrk with 5-line carts from the sample catalog and prints quotes/s,
# p50/p99 and errors. After a graceful stop (which flushes the quote writer) it counts the stored
# quotes: every 200 answer must be a stored quote.
# Exits non-zero when a measured request failed, a quote was lost, or (--releases) a quote was priced by
# a release that was not active at its instant. The targets themselves are reported, not enforced.
#   samples/bench/load.sh [--seconds 60] [--connections 8] [--threads 2] [--rules 1000] [--warmup 120]
#                         [--releases 10]   # also activate ten releases during the run, then check them
#                         [--restart]       # stop the app gracefully 10 s into the run, start it again on the
#                                           # same database: requests fail while it is down (reported, not
#                                           # counted as errors), but every answered quote must be stored
#                         [--mariadb 'jdbc:mysql://127.0.0.1:3306/promo_bench?createDatabaseIfNotExist=true']
# The JIT needs a couple of minutes on two cores before the Drools network, Jackson and Tomcat run
# compiled (C2 busy a full core until then), hence the long default warm-up.
# The app runs as a pricing instance (profile "pricing": as many request threads as cores) with the
# parallel collector and a 2 GB young generation: the JVM settings README "Load and faults" recommends.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=60 connections=8 threads=2 rules=1000 releases=0 mariadb="" port=18080 warmup=120 restart=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2;; --connections) connections=$2; shift 2;; --threads) threads=$2; shift 2;;
    --rules) rules=$2; shift 2;; --releases) releases=$2; shift 2;; --mariadb) mariadb=$2; shift 2;;
    --port) port=$2; shift 2;; --warmup) warmup=$2; shift 2;; --restart) restart=1; shift;; *) echo "unknown option $1" >&2; exit 2;;
  esac
done
jar="$root/admin-web/target/promo-platform.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
work=$(mktemp -d /tmp/promo-bench.XXXXXX)
db=(--promo.home="$work/home")
if [ -n "$mariadb" ]; then
  schema=$(echo "$mariadb" | sed 's#^jdbc:mysql://[^/]*/\([^?]*\).*#\1#')
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$schema\`"   # each run starts empty
  # the demo accounts and key come from promo.demo=true on any database; batches need rewriteBatchedStatements
  db+=(--spring.datasource.url="$mariadb&rewriteBatchedStatements=true" --spring.datasource.username=root
       --spring.datasource.password= --spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver)
fi
echo "work dir $work"
start_app() {
  java -Xms4g -Xmx4g -Xmn2g -XX:+UseParallelGC -jar "$jar" --server.port="$port" --promo.samples.rules=false \
    --spring.profiles.active=pricing "${db[@]}" \
    --logging.file.name="$work/app.log" >>"$work/stdout.log" 2>&1 &
  app=$!
  for _ in $(seq 120); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
}
start_app
trap 'kill $app 2>/dev/null || true' EXIT
python3 "$here/rules.py" --port "$port" --rules "$rules" $([ "$releases" -gt 0 ] && echo --second-release)
echo "warm-up ${warmup} s"
wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$here/quote.lua" "http://127.0.0.1:$port" | tee "$work/warmup.txt" | grep RESULT
# activations counted from here: the set-up's own (release 2 built, release 1 active again) are not the run's
start=$(date -u +%Y-%m-%dT%H:%M:%S)
if [ "$releases" -gt 0 ]; then
  python3 "$here/rules.py" --port "$port" --releases "$releases" --seconds "$seconds" &
  switcher=$!
fi
echo "measured run ${seconds} s, ${connections} connections, ${threads} wrk threads"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/quote.lua" "http://127.0.0.1:$port" \
  > "$work/wrk.txt" &
load=$!
if [ "$restart" = 1 ]; then
  sleep 10
  echo "restart: stopping the app at $(date -u +%H:%M:%S) (graceful: the writer lands its queue)"
  kill -TERM $app; wait $app || true
  start_app
  restarted=$(date -u +%Y-%m-%dT%H:%M:%S)
  echo "restart: up again at $restarted"
fi
wait $load || true
grep -E 'RESULT|Socket errors|Non-2xx' "$work/wrk.txt" || true
[ "$releases" -gt 0 ] && wait "$switcher"
echo "health: $(curl -s localhost:$port/actuator/health)"
# graceful stop: the quote writer lands every queued quote before the pool closes
kill -TERM $app; wait $app || true; trap - EXIT
grep -h 'Quote writer stopped' "$work/app.log" || true
if [ -n "$mariadb" ]; then
  python3 "$here/check.py" --mysql --db "$schema" --spill "$work/home" --wrk "$work/wrk.txt" --since "$start" \
    $([ "$releases" -gt 0 ] && echo --releases) $([ "$restart" = 1 ] && echo --restarted "$restarted")
else
  # the H2 the application runs, taken from its jar, to read the database it left
  h2="$work/h2.jar"
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); open(sys.argv[2], "wb").write(z.read(
      next(n for n in z.namelist() if n.startswith("BOOT-INF/lib/h2-"))))' "$jar" "$h2"
  python3 "$here/check.py" --h2-jar "$h2" --db "$work/home/promo" --wrk "$work/wrk.txt" --since "$start" \
    $([ "$releases" -gt 0 ] && echo --releases) $([ "$restart" = 1 ] && echo --restarted "$restarted")
fi
