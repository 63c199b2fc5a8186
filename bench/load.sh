#!/usr/bin/env bash
# Benchmarks load (issue 12): 50, then 150 signed-in circuits on the published build (the Docker image's) in Debian's
# Chromium. Prints time to interactive (p50/p95), server memory per circuit and errors; asserts nothing and is not
# part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
published="$PWD/bench/CircuitBench/bin/published"
dotnet publish -c Release src/ChannelManagerDashboard -a "$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')" --self-contained false -o "$published" -nologo -v q
dotnet build -c Release bench/CircuitBench -nologo -v q
DASHBOARD_APP_DIR="$published/" exec bench/CircuitBench/bin/Release/net10.0/CircuitBench load
