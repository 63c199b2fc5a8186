#!/usr/bin/env bash
# Benchmarks the mapping editor (issue 4) and prints figures; it asserts nothing and is not part of ./test.sh.
# Builds the app and the benchmark in Release, then runs them against Debian's Chromium (./test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet build -c Release bench/MappingBench -nologo -v q
app_dir=$(ls -d src/ChannelManagerDashboard/bin/Release/net9.0/*/ | head -n 1)
bench_dir=$(ls -d bench/MappingBench/bin/Release/net9.0/*/ | head -n 1)
DASHBOARD_APP_DIR="$PWD/$app_dir" exec "$bench_dir/MappingBench"
