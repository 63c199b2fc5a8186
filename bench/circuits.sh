#!/usr/bin/env bash
# Benchmarks cold start and idle circuits (issue 11) in Debian's Chromium: cold start of the Release build that
# `dotnet run` uses and of the published build the Dockerfile makes (compiled ahead of time), then 50 idle tabs on
# the published build. Prints figures; asserts nothing and is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
published="$PWD/bench/CircuitBench/bin/published"
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet publish -c Release src/ChannelManagerDashboard -a "$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')" --self-contained false -o "$published" -nologo -v q
dotnet build -c Release bench/CircuitBench -nologo -v q
bench=bench/CircuitBench/bin/Release/net10.0/CircuitBench
DASHBOARD_APP_DIR="$PWD/src/ChannelManagerDashboard/bin/Release/net10.0/" "$bench" cold-start
DASHBOARD_APP_DIR="$published/" exec "$bench"
