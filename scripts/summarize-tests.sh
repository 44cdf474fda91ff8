#!/usr/bin/env bash
# Adds up the TRX (dotnet test) and JUnit (vitest) results in a folder and prints "N passed, N failed".
set -euo pipefail
dir=$1
passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
for junit in "$dir"/*junit*.xml; do
  suites=$(grep -o '<testsuites [^>]*>' "$junit" | head -n 1)
  t=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$suites")
  f=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$suites")
  e=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$suites")
  s=$(sed -n 's/.* skipped="\([0-9]*\)".*/\1/p' <<<"$suites")
  failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${s:-0}))
  passed=$((passed + ${t:-0} - ${f:-0} - ${e:-0} - ${s:-0}))
done
echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
