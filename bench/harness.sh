#!/usr/bin/env bash
# Benchmarks the Play Mews harness (issue 5): INV-06 for a generated 40 × 25 hotel over 365 nights against a null
# endpoint on loopback, next to the raw floor. Prints figures; asserts nothing and is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/HarnessBench -nologo -v q
bench_dir=bench/HarnessBench/bin/Release/net10.0/
exec "$bench_dir/HarnessBench"
