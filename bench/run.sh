#!/usr/bin/env bash
# The Plein benchmark: prepares the benchmark dataset (10k members, 1M posts, ~5M reactions,
# ~1.5M comments, ~10M activity events) with `plein demo`, starts a release build, and measures
# each route with wrk at a fixed number of connections, against SQLite and (when reachable) PostgreSQL. Every figure is
# also given as a ratio to a trivial route of the same server in the same run (/healthz), so
# results from different machines compare.
#
#   bench/run.sh                     # full run, results to bench/results/<date>-<backend>.md
#   MEMBERS=2000 POSTS=100000 DURATION=5s bench/run.sh   # a smaller run
#   BACKENDS=sqlite bench/run.sh     # one backend
#
# The weekly digest for every member is measured apart, on a copy of a dataset:
#   cargo run --release --example digest_bench -- "sqlite:///path/to/copy/plein.db"
#
# Datasets are cached under bench/data/ (SQLite) and in PostgreSQL databases named
# plein_bench_m<members>_p<posts>_v<version>; delete them to regenerate. Each run measures a
# fresh copy of the cached dataset. Needs wrk (installed from Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${MEMBERS:-10000}
POSTS=${POSTS:-1000000}
MONTHS=${MONTHS:-12}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
BACKENDS=${BACKENDS:-sqlite postgres}
PG_ADMIN_URL=${PLEIN_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
BIN=target/release/plein
BASE="http://127.0.0.1:$PORT"
# Bump DATA_VERSION when the demo generator writes new kinds of data, so cached datasets renew.
DATA_VERSION=7
DATASET="m${MEMBERS}-p${POSTS}-v${DATA_VERSION}"
mkdir -p bench/data bench/results

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
cargo build --release --quiet

demo() { # $1 = database URL, $2 = file to keep the admin e-mail in
  PLEIN_DATABASE_URL="$1" RUST_BACKTRACE=0 "$BIN" demo --members "$MEMBERS" --months "$MONTHS" --posts "$POSTS" \
    --reactions-per-post 5 --comments-per-post 1.5 | tee /dev/stderr | sed -n 's/^sign in as \([^ ]*\) .*/\1/p' > "$2"
}

prepare_sqlite() {
  local dir="bench/data/sqlite-$DATASET"
  mkdir -p "$dir"
  if [ ! -s "$dir/admin.txt" ]; then
    rm -f "$dir"/plein.db*
    echo "preparing the SQLite dataset ($DATASET)" >&2
    local started=$SECONDS
    demo "sqlite://$PWD/$dir/plein.db?mode=rwc" "$dir/admin.txt"
    echo "$((SECONDS - started))" > "$dir/seconds.txt"
  fi
  # Every run measures a fresh copy: the write routes add thousands of posts and comments, which
  # would otherwise change what the next run reads.
  rm -f "$dir"/run.db*
  cp "$dir/plein.db" "$dir/run.db"
  if [ -f "$dir/plein.db-wal" ]; then cp "$dir/plein.db-wal" "$dir/run.db-wal"; fi
  DB_URL="sqlite://$PWD/$dir/run.db?mode=rwc"
  ADMIN_FILE="$dir/admin.txt"
}

prepare_postgres() {
  local name="plein_bench_${DATASET//-/_}"
  local prefix="${PG_ADMIN_URL%/*}"
  DB_URL="$prefix/$name"
  ADMIN_FILE="bench/data/postgres-$DATASET.admin.txt"
  if [ ! -s "$ADMIN_FILE" ] || ! psql "$DB_URL" -Atc "select 1" >/dev/null 2>&1; then
    echo "preparing the PostgreSQL dataset ($DATASET)" >&2
    psql "$PG_ADMIN_URL" -qc "drop database if exists $name with (force)" >/dev/null
    psql "$PG_ADMIN_URL" -qc "create database $name" >/dev/null
    local started=$SECONDS
    demo "$DB_URL" "$ADMIN_FILE"
    echo "$((SECONDS - started))" > "bench/data/postgres-$DATASET.seconds.txt"
  fi
  # A fresh copy per run, as for SQLite.
  psql "$PG_ADMIN_URL" -qc "drop database if exists ${name}_run with (force)" >/dev/null
  psql "$PG_ADMIN_URL" -qc "create database ${name}_run template $name" >/dev/null
  DB_URL="$prefix/${name}_run"
}

start_server() {
  env PLEIN_DATABASE_URL="$DB_URL" PLEIN_DATA_DIR="$INDEX_DIR" PLEIN_LISTEN="127.0.0.1:$PORT" RUST_LOG=warn ${COCKPIT_MEMORY_OFF:+PLEIN_COCKPIT_REFRESH_SECS=0} "$BIN" serve >/tmp/plein-bench.log 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "server did not start:"; cat /tmp/plein-bench.log; exit 1
}

stop_server() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }

sign_in() {
  local jar; jar=$(mktemp)
  curl -fs -c "$jar" -o /dev/null "$BASE/login"
  CSRF=$(awk '$6 == "plein_csrf" { print $7 }' "$jar")
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$(cat "$ADMIN_FILE")" \
    --data-urlencode "password=plein demo wachtwoord" --data-urlencode "_csrf=$CSRF" "$BASE/login"
  SESSION=$(awk '$6 == "plein_session" { print $7 }' "$jar")
  rm -f "$jar"
  [ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }
  COOKIE="plein_session=$SESSION; plein_csrf=$CSRF"
  # The admin's first own group (listed first on /groups) and its newest post.
  GROUP=$(curl -fs -H "Cookie: $COOKIE" "$BASE/groups" | grep -o 'href="/groups/[0-9]*"' | head -1 | grep -o '[0-9]*')
  POST=$(curl -fs -H "Cookie: $COOKIE" "$BASE/groups/$GROUP" | grep -o 'href="/posts/[0-9]*"' | head -1 | grep -o '[0-9]*')
}

# wrk with a Lua script that counts responses with status >= 500 (and 4xx) per thread.
LUA_COMMON='
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) failures = 0 end
function response(status, headers, body) if status >= 400 then failures = failures + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("failures") end
  io.write(string.format("FAILURES %d\n", total))
end
'

measure() { # $1 = label, $2 = path or "lua:<script body>"
  local label=$1 target=$2 script; script=$(mktemp --suffix .lua)
  printf '%s\nwrk.headers["Cookie"] = "%s"\n' "$LUA_COMMON" "$COOKIE" > "$script"
  local path=/
  if [[ $target == lua:* ]]; then printf '%s\n' "${target#lua:}" >> "$script"; else path=$target; fi
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$BASE$path" 2>&1)
  rm -f "$script"
  local rps p50 p99 failures
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  failures=$(awk '/^FAILURES/ { print $2 }' <<<"$out")
  [ "$label" = "static route (/healthz)" ] && STATIC_RPS=$rps
  local ratio; ratio=$(awk -v a="$rps" -v b="${STATIC_RPS:-$rps}" 'BEGIN { printf "%.1f %%", 100 * a / b }')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$ratio" "$p50" "$p99" "${failures:-?}" | tee -a "$REPORT"
}

one_at_a_time() { local CONNECTIONS=1 THREADS=1; measure "$@"; }

POST_BODY='wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"'

run_backend() {
  local backend=$1
  case $backend in
    sqlite) prepare_sqlite ;;
    postgres)
      if ! psql "$PG_ADMIN_URL" -Atc "select 1" >/dev/null 2>&1; then echo "PostgreSQL not reachable: skipped"; return; fi
      prepare_postgres ;;
  esac
  # The search index, built from scratch as `plein search reindex` does (timed, and its size).
  INDEX_DIR="$PWD/bench/data/index-$backend-$DATASET"
  rm -rf "$INDEX_DIR"
  local indexed; indexed=$(PLEIN_DATABASE_URL="$DB_URL" PLEIN_DATA_DIR="$INDEX_DIR" RUST_LOG=warn "$BIN" search reindex | tail -1)
  start_server
  sign_in
  REPORT="bench/results/$(date +%Y-%m-%d)-$backend-$DATASET.md"
  {
    echo "# Plein benchmark: $backend, $DATASET"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GiB, $(uname -r)."
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION; signed in as the demo administrator; group $GROUP, post $POST."
    echo
    echo "| route | requests/s | of static | p50 | p99 | 4xx/5xx |"
    echo "|---|---|---|---|---|---|"
  } > "$REPORT"
  measure "static route (/healthz)" /healthz
  measure "home feed" /
  measure "group feed" "/groups/$GROUP"
  measure "post page with comments" "/posts/$POST"
  measure "people directory" /people
  measure "people directory, filtered" "/people?department=HR&expertise=excel"
  # The cockpit is a heavy page for a few people: measured one request at a time (latency).
  one_at_a_time "cockpit dashboard, 30 days (1 connection)" /cockpit
  one_at_a_time "cockpit dashboard, 12 months (1 connection)" "/cockpit?from=$(date -u -d '-364 days' +%F)&to=$(date -u +%F)"
  # Ranked search over every post and comment, with the viewer's access filter: common and
  # rare words of the demo's Dutch and English, one and two words, rotating.
  measure "search, ranked" "lua:
local queries = { \"ervaring\", \"thuiswerken\", \"handleiding+tijd\", \"pilot+verlengd\", \"kennisbank\",
  \"werksessie\", \"feedback\", \"template\", \"cursus+training\", \"afspraken+organisatie\", \"lessons\", \"meetup\" }
local n = 0
request = function() n = n + 1; return wrk.format(\"GET\", \"/search?q=\" .. queries[(n % #queries) + 1]) end"
  measure "search suggestions as you type" "lua:
local queries = { \"erv\", \"thuisw\", \"handl\", \"pilo\", \"kennisb\", \"werkse\" }
local n = 0
request = function() n = n + 1; return wrk.format(\"GET\", \"/search/suggest?q=\" .. queries[(n % #queries) + 1]) end"
  measure "create post" "lua:$POST_BODY
wrk.path = \"/groups/$GROUP/posts\"
wrk.body = \"_csrf=$CSRF&body=Benchmarkbericht\""
  measure "create comment" "lua:$POST_BODY
wrk.path = \"/posts/$POST/comments\"
wrk.body = \"_csrf=$CSRF&body=Benchmarkreactie\""
  measure "react" "lua:$POST_BODY
wrk.path = \"/posts/$POST/react\"
wrk.body = \"_csrf=$CSRF&kind=like\""
  measure "mixed journey (95 % reads, 5 % writes)" "lua:
local reads = { \"/\", \"/groups/$GROUP\", \"/posts/$POST\", \"/people\", \"/groups\" }
local n = 0
request = function()
  n = n + 1
  if n % 20 == 0 then
    return wrk.format(\"POST\", \"/posts/$POST/comments\", { [\"Content-Type\"] = \"application/x-www-form-urlencoded\", [\"Cookie\"] = wrk.headers[\"Cookie\"] }, \"_csrf=$CSRF&body=mix\")
  end
  return wrk.format(\"GET\", reads[(n % #reads) + 1])
end"
  local rss; rss=$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$SERVER_PID/status")
  stop_server
  # Any other period, or one group, is computed per view: measured with the memory switched off.
  COCKPIT_MEMORY_OFF=1 start_server
  sleep 20 # the runner's start-up jobs
  local thirteen; thirteen="from=$(date -u -d '-399 days' +%F)&to=$(date -u +%F)"
  one_at_a_time "cockpit, 13 months, memory off (1 connection)" "/cockpit?$thirteen"
  one_at_a_time "cockpit, one group, 13 months, memory off (1 connection)" "/cockpit?$thirteen&group=$GROUP"
  stop_server
  {
    echo
    echo "Peak RSS of the server over the run: $rss."
    echo "${indexed^} (from scratch, \`plein search reindex\`)."
    [ "$backend" = sqlite ] && [ -f "bench/data/sqlite-$DATASET/seconds.txt" ] && echo "Dataset generated in $(cat "bench/data/sqlite-$DATASET/seconds.txt") s."
    [ "$backend" = postgres ] && [ -f "bench/data/postgres-$DATASET.seconds.txt" ] && echo "Dataset generated in $(cat "bench/data/postgres-$DATASET.seconds.txt") s."
    true
  } | tee -a "$REPORT"
  echo "written: $REPORT"
}

for backend in $BACKENDS; do run_backend "$backend"; done
