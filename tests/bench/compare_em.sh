#!/usr/bin/env bash
# EM against R's flexmix on the flexmix problem of ../shared/bench (N = 20,000, D = 16,
# P = 8, K = 3), in one run on the same CSV. Installs r-cran-flexmix and python3-numpy
# when missing.   tests/bench/compare_em.sh [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-3}
shared=../shared/bench
csv=${MICRO_BENCH_CSV:-/tmp/micro-bench-flex.csv}
need=()
for p in python3-numpy r-cran-flexmix; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
fi
[ -x build/app/micro-cli ] || ./setup.sh build
[ -f "$csv" ] || /usr/bin/python3 "$shared/make_flex_csv.py" "$csv" 20000 16 8 3
ref=$(Rscript "$shared/ref_flexmix.R" "$csv" 3 16 8 | tail -n 1)
echo "flexmix:   $ref"
times=()
for ((i = 0; i < repeats; i++)); do
  line=$(./build/app/micro-cli bench-em --csv "$csv" --k 3)
  echo "micro-cli: $line"
  times+=("$(echo "$line" | sed -n 's/.*seconds=\([0-9.]*\).*/\1/p')")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
r=$(echo "$ref" | sed -n 's/.*seconds=\([0-9.]*\).*/\1/p')
awk -v o="$median" -v r="$r" 'BEGIN { printf "median EM seconds %.3f vs flexmix %.2f: %.0fx\n", o, r, r / o }'
