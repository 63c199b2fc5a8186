#!/usr/bin/env bash
# Benchmarks the Connector API review (issue 15): generated runs of 10 k, 100 k and 1 M calls, as JSON Lines and as HAR,
# reviewed by the app binary's connector-review command (whole process: time and peak memory); then the recording
# proxy's cost per call against a fake Mews on loopback. Prints figures; asserts nothing and is not part of ./test.sh.
# Pass sizes to change them: bench/connector.sh 50000 500000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q
dotnet build -c Release bench/ConnectorBench -nologo -v q
dotnet build -c Release bench/ProxyBench -nologo -v q
DASHBOARD_APP_DIR="$PWD/src/ChannelManagerDashboard/bin/Release/net10.0" bench/ConnectorBench/bin/Release/net10.0/ConnectorBench "$@"
exec bench/ProxyBench/bin/Release/net10.0/ProxyBench
