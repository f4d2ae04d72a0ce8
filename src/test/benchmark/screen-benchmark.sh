#!/usr/bin/env bash
# Screening benchmark: generates a synthetic ledger (default 1,000,000 payments over 50,000
# suppliers) and a 20,000-name watchlist, then times the whole screen to a workbook and reports
# wall time, CPU time and peak memory (maximum resident set size). Run from the repository root:
#   src/test/benchmark/screen-benchmark.sh [PAYMENTS] [SUPPLIERS] [WATCHLIST]
set -euo pipefail
cd "$(dirname "$0")/../../.."
payments=${1:-1000000}
suppliers=${2:-50000}
watchlist=${3:-20000}
work=target/benchmark/$payments

mvn -B -q package -DskipTests
mvn -B -q test-compile
if [ ! -f "$work/ledger.csv" ]; then
  java -cp target/test-classes org.socaudit.benchmark.LedgerGenerator "$work" "$payments" "$suppliers" "$watchlist"
fi
ls -l "$work"
rm -f "$work/screening.xlsx"
/usr/bin/time -f "wall %e s, CPU %U s user + %S s system, peak memory %M KB" \
  java ${JAVA_OPTS:-} -jar target/soc-audit.jar screen \
    --payments "$work/ledger.csv" --watchlist "$work/watchlist.csv" --out "$work/screening.xlsx"
