#!/usr/bin/env bash
# Benchmarks the mapping editor (issue 4) and prints figures; it asserts nothing and is not part of ./test.sh.
# Builds the app and the benchmark in Release, then runs them against Debian's Chromium (./test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet build -c Release bench/MappingBench -nologo -v q
app_dir=src/ChannelManagerDashboard/bin/Release/net10.0/
bench_dir=bench/MappingBench/bin/Release/net10.0/
DASHBOARD_APP_DIR="$PWD/$app_dir" exec "$bench_dir/MappingBench"
