#!/usr/bin/env bash
# Runs every test (logic, SQLite, HTTP on loopback, Playwright in Chromium, compose validation).
# Installs what the tests need when it is missing: Debian's Chromium, docker-compose and npm, the Node packages under
# tests/ (axe-core, injected into pages by the accessibility tests) and the local dotnet tools (dotnet-ef for the
# migrations check; dotnet-gcdump, which only bench/circuits.sh uses).
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Browser".
# Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
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
trap 'rm -rf "$results"' EXIT
status=0
dotnet test ChannelManagerDashboard.sln --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@" || status=$?

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
  echo "No test results: the build or the test host failed (see above)."
  exit "${status/#0/1}"
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
# CI shows only the end of this output: name each failed test and the first lines of its message here.
if [ "${failed:-0}" != 0 ]; then
  echo "Failed:"
  perl -0ne 'while (/<UnitTestResult [^>]*?testName="([^"]*)"[^>]*?outcome="Failed"[^>]*>(.*?)<\/UnitTestResult>/gs) {
    my ($name, $body) = ($1, $2); my ($message) = $body =~ /<Message>(.*?)<\/Message>/s; $message //= "";
    $message = join("\n    ", (split /\n/, $message)[0..3]); print "  $name\n    $message\n" }' "$trx" | head -c 8000 || true
fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
