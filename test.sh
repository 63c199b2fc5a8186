#!/usr/bin/env bash
# Runs every test (logic, SQLite, PostgreSQL, HTTP on loopback, Playwright in Chromium, compose validation), then the
# data-layer tests (trait Database=AnyEngine) a second time on PostgreSQL.
# Installs what the tests need when it is missing: Debian's Chromium, PostgreSQL, docker-compose and npm, the Node
# packages under tests/ (axe-core, injected into pages by the accessibility tests) and the local dotnet tools (dotnet-ef
# for the migrations check; dotnet-gcdump, which only bench/circuits.sh uses). The tests start their own PostgreSQL
# server on a free loopback port in a temp folder (tests/.../Support/PostgreSqlServer.cs) and stop it when they end.
# Extra arguments go to `dotnet test` and skip the PostgreSQL pass, e.g. ./test.sh --filter "FullyQualifiedName~Browser".
# Ends with one line: "N passed, N failed" for both passes together.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} (needed by the browser, accessibility and compose tests)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet tool restore >/dev/null
if [ ! -f tests/node_modules/axe-core/axe.min.js ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi

results=$(mktemp -d)
# A test process that was killed leaves its PostgreSQL server running: stop it and remove its folder.
stop_test_servers() {
  for data in /tmp/cmd-pg-*/data; do
    [ -f "$data/postmaster.pid" ] && kill -9 "$(head -1 "$data/postmaster.pid")" 2>/dev/null || true
  done
  rm -rf /tmp/cmd-pg-* "$results"
}
trap stop_test_servers EXIT
status=0
dotnet test ChannelManagerDashboard.sln --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@" || status=$?
if [ $# -eq 0 ] && [ -f "$results/results.trx" ]; then
  echo "The data-layer tests again, on PostgreSQL:"
  DASHBOARD_TEST_DATABASE=PostgreSQL dotnet test ChannelManagerDashboard.sln --no-build --filter "Database=AnyEngine" \
    --logger "trx;LogFileName=postgresql.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
fi

if [ ! -f "$results/results.trx" ]; then
  echo "No test results: the build or the test host failed (see above)."
  exit "${status/#0/1}"
fi
passed=0
failed=0
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
done
# CI shows only the end of this output: name each failed test and the first lines of its message here.
if [ "$failed" != 0 ]; then
  echo "Failed:"
  perl -0ne 'my $pass = $ARGV =~ /postgresql/ ? " (on PostgreSQL)" : "";
    while (/<UnitTestResult [^>]*?testName="([^"]*)"[^>]*?outcome="Failed"[^>]*>(.*?)<\/UnitTestResult>/gs) {
    my ($name, $body) = ($1, $2); my ($message) = $body =~ /<Message>(.*?)<\/Message>/s; $message //= "";
    $message = join("\n    ", (split /\n/, $message)[0..3]); print "  $name$pass\n    $message\n" }' "$results"/*.trx | head -c 8000 || true
fi
echo "$passed passed, $failed failed"
exit "$status"
