#!/usr/bin/env bash
# `make run`: the local Kafka, the worker, the sample articles, and the enriched records as
# they arrive. Ctrl-C stops the worker and the broker this script started.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
log=newsstream-data/worker.log
mkdir -p newsstream-data

broker_was_running=0
"$bin/newsstream" kafka status >/dev/null 2>&1 && broker_was_running=1
"$bin/newsstream" kafka start

worker=""
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$worker" ] && kill -0 "$worker" 2>/dev/null; then
    echo "stopping the worker (pid $worker)..." >&2
    kill -TERM "$worker" && wait "$worker" 2>/dev/null || true
  fi
  if [ "$broker_was_running" = 0 ]; then
    "$bin/newsstream" kafka stop >&2
  fi
}
trap cleanup EXIT
trap 'exit 0' INT TERM  # Ctrl-C is how a user ends `make run`: clean up and succeed

port="${NEWSSTREAM_WEB_PORT:-6066}"
"$bin/newsstream" worker >"$log" 2>&1 &
worker=$!
echo "worker started (pid $worker, log $log); waiting until it is ready..." >&2
for _ in $(seq 1 120); do
  if "$bin/python" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/ready', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$worker" 2>/dev/null || { echo "the worker stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 1
done

"$bin/newsstream" produce --samples
echo "enriched records as they arrive on news.enriched (Ctrl-C to stop; metrics: http://127.0.0.1:$port/metrics):" >&2
"$bin/newsstream" tail "${NEWSSTREAM_TOPIC_ENRICHED:-news.enriched}" --from-beginning
