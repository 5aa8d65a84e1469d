#!/usr/bin/env bash
# Peak memory of `rasid analyze` streaming a ~1 GB JSON Lines file (the ANT corpus repeated).
# Usage: npm run bench:memory [-- SIZE_MB]   (default 1024; the file is made in a temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
data=${RASID_SHARED_DATA:-../shared/data}
src="$data/ant-corpus-multisource/ant_multisource_v2.1_sample.jsonl"
[ -f "$src" ] || { echo "bench:memory: skipped: $src not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
big="$tmp/big.jsonl"
while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt $((size_mb * 1024 * 1024)) ]; do cat "$src" >> "$big"; done
echo "input: $(($(stat -c %s "$big") / 1024 / 1024)) MB, $(wc -l < "$big") records"
/usr/bin/time -v ./bin/rasid.js analyze "$big" --format jsonl 2> "$tmp/time.txt" > /dev/null || true
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Exit status' "$tmp/time.txt"
awk '/Maximum resident set size/ { printf "peak RSS: %.0f MB\n", $6 / 1024 }' "$tmp/time.txt"
