#!/usr/bin/env bash
# Benchmarks connector-review (issue 15): generated JSON Lines runs of 10 k, 100 k and 1 M calls reviewed by the app
# binary, whole process. Prints time and peak memory; asserts nothing and is not part of ./test.sh.
# Pass sizes to change them: bench/connector.sh 50000 500000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet build -c Release bench/ConnectorBench -nologo -v q
DASHBOARD_APP_DIR="$PWD/src/ChannelManagerDashboard/bin/Release/net10.0" exec bench/ConnectorBench/bin/Release/net10.0/ConnectorBench "$@"
