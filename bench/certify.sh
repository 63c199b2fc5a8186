#!/usr/bin/env bash
# Benchmarks the certify command (issue 11): INV-06 for a generated 40 × 25 hotel against a null CM, whole process,
# next to Newman 6.2.2 sending the same recorded bodies. Prints figures; asserts nothing and is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x bench/node_modules/.bin/newman ] || npm ci --prefix bench --no-audit --no-fund
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet build -c Release bench/CertifyBench -nologo -v q
DASHBOARD_APP_DIR="$PWD/src/ChannelManagerDashboard/bin/Release/net10.0" NEWMAN_JS="$PWD/bench/node_modules/newman/bin/newman.js" \
  exec bench/CertifyBench/bin/Release/net10.0/CertifyBench
