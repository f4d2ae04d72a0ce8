#!/usr/bin/env bash
# Start-up and throughput, plain 'java -jar' against the bin/soc-audit launcher of the distribution,
# side by side: a small screening (the demo's fictional ledger, 11 lines), the whole demo, and the
# million-payment screening of screen-benchmark.sh. Each is run RUNS times (default 5) for each way,
# alternating; the table gives the median wall time and the largest peak memory (RSS). The launcher's
# class-data-sharing archive is made by one untimed run first, as a user's first run would make it.
# Run from the repository root:  src/test/benchmark/startup-benchmark.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}

mvn -B -q package -DskipTests
mvn -B -q test-compile
version=$(sed -n 's/^  <version>\(.*\)<\/version>/\1/p' pom.xml | head -n 1)
launcher=target/soc-audit-$version/bin/soc-audit
work=target/benchmark/startup
mkdir -p "$work"
big=target/benchmark/1000000
if [ ! -f "$big/ledger.csv" ]; then
  java -cp target/test-classes org.socaudit.benchmark.LedgerGenerator "$big" 1000000 50000 20000
fi
small=src/main/resources/org/socaudit/demo/spend-fictional-northbridge.csv

export XDG_CACHE_HOME=$work/cache
rm -rf "$XDG_CACHE_HOME"

measure() { # label, then the command
  local label=$1
  shift
  /usr/bin/time -f "$label %e %M" "$@" >/dev/null 2>>"$work/times.txt" </dev/null
}

scenario() { # name, then the toolkit arguments
  local name=$1
  shift
  rm -f "$work/times.txt"
  "$launcher" "$@" >/dev/null 2>&1 # makes the launcher's archive, untimed
  for ((i = 0; i < runs; i++)); do
    measure jar java -jar target/soc-audit.jar "$@"
    measure launcher "$launcher" "$@"
  done
  for way in jar launcher; do
    grep "^$way " "$work/times.txt" | sort -k2 -n | awk -v name="$name" -v way="$way" '
      { t[NR] = $2; if ($3 > m) m = $3 }
      END { printf "| %s | %s | %.2f s | %.0f MB |\n", name, way == "jar" ? "java -jar" : "bin/soc-audit", t[int((NR + 1) / 2)], m / 1024 }'
  done
}

echo "| run | how | median wall time ($runs runs) | peak memory |"
echo "|---|---|---|---|"
scenario "small screening (11 lines)" screen --payments "$small"
scenario "demo (every workbook)" demo --out "$work/demo"
scenario "1,000,000 payments" screen --payments "$big/ledger.csv" --watchlist "$big/watchlist.csv" --out "$work/screening.xlsx"
