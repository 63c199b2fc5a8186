#!/usr/bin/env bash
# Benchmarks the Play Mews harness (issue 5): INV-06 for a generated 40 × 25 hotel over 365 nights against a null
# endpoint on loopback, next to the raw floor. Prints figures; asserts nothing and is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/HarnessBench -nologo -v q
bench_dir=$(ls -d bench/HarnessBench/bin/Release/net9.0/*/ | head -n 1)
exec "$bench_dir/HarnessBench"
