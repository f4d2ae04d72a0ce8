#!/usr/bin/env bash
# Companies House benchmark (issue 18): screens the synthetic ledger of screen-benchmark.sh
# (1,000,000 payments over 50,000 suppliers, a 20,000-name watchlist) against synthetic Companies
# House bulk files in the published layouts: Basic Company Data (default 5,500,000 rows, about the
# live register) and a PSC snapshot (default 10,000,000 lines), in which about 60% of the ledger's
# suppliers are registered. Reports wall time, CPU time and peak memory of the generation and of the
# screen. Generated files are reused when present; at the defaults they take 2.7 GB and 6.8 GB and
# about two and a half minutes to write on the 2-core build machine (the ledger about 6 s more).
# Run from the repository root:
#   src/test/benchmark/companies-benchmark.sh [ROWS] [PSC_LINES]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows=${1:-5500000}
psc_lines=${2:-10000000}
ledger=target/benchmark/1000000
companies=target/benchmark/companies-$rows-$psc_lines
basic=$companies/BasicCompanyData-2026-11-01.csv
psc=$companies/persons-with-significant-control-snapshot-2026-11-01.txt
timing="wall %e s, CPU %U s user + %S s system, peak memory %M KB"

mvn -B -q package -DskipTests
mvn -B -q test-compile
if [ ! -f "$ledger/ledger.csv" ]; then
  java -cp target/test-classes org.socaudit.benchmark.LedgerGenerator "$ledger" 1000000 50000 20000
fi
if [ ! -f "$basic" ] || [ ! -f "$psc" ]; then
  # The generator needs Commons CSV and Jackson, which the toolkit's jar carries.
  /usr/bin/time -f "generation: $timing" \
    java -cp target/test-classes:target/soc-audit.jar org.socaudit.benchmark.CompaniesHouseFiles \
      "$companies" "$rows" "$psc_lines" "$ledger/ledger.csv"
fi
ls -l "$ledger" "$companies"
rm -f "$companies/screening.xlsx"
/usr/bin/time -f "screen: $timing" \
  java ${JAVA_OPTS:-} -jar target/soc-audit.jar screen \
    --payments "$ledger/ledger.csv" --watchlist "$ledger/watchlist.csv" \
    --companies "$basic" --psc "$psc" --out "$companies/screening.xlsx"
