#!/usr/bin/env bash
# Benchmarks a hostile anonymous flood of the machine endpoints: the Release build of the app, 7 × 600 requests with the
# public seed tokens to the simulator and the reference CM (ids and bodies of about 1 MB, and the largest messages the
# simulator keeps), and the app's resident memory before, at its peak and after, next to the bound. Prints figures; asserts nothing and is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet build -c Release bench/FloodBench -nologo -v q
DASHBOARD_APP_DIR="$PWD/src/ChannelManagerDashboard/bin/Release/net10.0/" exec bench/FloodBench/bin/Release/net10.0/FloodBench
