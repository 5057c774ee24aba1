#!/usr/bin/env bash
# Measures `epistemic batch` at research scale (issue 17): peak memory and rate of --parallel 1 and --parallel 2
# on N records (default 20,000) built from the repository's sample articles, and kill -9 then --resume.
# Not part of CI (it takes minutes); run it on a quiet machine:  bash benchmarks/batch/measure.sh [N]
# Prints the load average before each run, since other work on the same cores skews the rate.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/EpistemicScoring.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
epi="$work/bin/epistemic"

# N records: the three sample articles in turn, each with a numbered closing sentence so no two are alike.
corpus="$work/corpus.jsonl"
for f in samples/articles/*.txt; do
  tr '\n' ' ' <"$f" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
  echo
done >"$work/texts"
awk -v n="$N" '{ t[NR-1] = $0 } END {
  for (i = 0; i < n; i++)
    printf "{\"id\":\"doc-%d\",\"text\":\"%s The desk logged this as item %d of %d.\"}\n", i, t[i % NR], i + 1, n
}' "$work/texts" >"$corpus"
echo "corpus: $N records, $(du -h "$corpus" | cut -f1)"

quiet() { # wait up to 5 minutes for the 1-minute load average to drop below 1
  for _ in $(seq 1 60); do
    awk -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(l < 1.0) }' && return
    sleep 5
  done
}

run() { # $1 = parallel; prints the run's lines and leaves its wall seconds in $work/wall-$1
  quiet
  echo "load before --parallel $1: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -o "$work/time-$1" -f "%e s wall, %U s user + %S s system CPU, %M KB peak RSS" "$epi" batch -i "$corpus" -o "$work/out-$1.jsonl" --parallel "$1" 2>&1 | tail -1
  echo "--parallel $1: $(cat "$work/time-$1")"
  cut -d' ' -f1 "$work/time-$1" >"$work/wall-$1"
}
ROUNDS=${ROUNDS:-5}
: >"$work/ratios"
for round in $(seq 1 "$ROUNDS"); do
  run 1
  run 2
  awk -v a="$(cat "$work/wall-1")" -v b="$(cat "$work/wall-2")" 'BEGIN { printf "%.3f\n", a / b }' | tee -a "$work/ratios" | sed 's/^/pair ratio (rate of --parallel 2 over --parallel 1): /'
done
echo "ratios in order: $(paste -sd' ' "$work/ratios"); median: $(sort -n "$work/ratios" | awk '{ r[NR] = $1 } END { print (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')"
cmp <(cut -c1-40 "$work/out-1.jsonl") <(cut -c1-40 "$work/out-2.jsonl") && echo "same order and ids with 1 and 2 workers"

kill_mid_run() { # $1 = output; kills the batch with SIGKILL once a third of the records are in $1.partial (or after 10 minutes)
  "$epi" batch -i "$corpus" -o "$1" --parallel 2 2>/dev/null &
  local pid=$!
  for _ in $(seq 1 6000); do
    [ -f "$1.partial" ] && [ "$(wc -l <"$1.partial")" -ge $((N / 3)) ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" || true
  wait "$pid" 2>/dev/null || true
}

# kill -9 mid-run, then --resume: every id exactly once, in input order.
out="$work/resumed.jsonl"
kill_mid_run "$out"
echo "killed after $(wc -l <"$out.partial") whole lines"
"$epi" batch -i "$corpus" -o "$out" --resume --parallel 2
total=$(wc -l <"$out")
unique=$(cut -d'"' -f4 "$out" | sort -u | wc -l)
inorder=$(cut -d'"' -f4 "$out" | diff -q - <(seq 0 $((N - 1)) | sed 's/^/doc-/') >/dev/null && echo yes || echo no)
echo "after --resume: $total lines, $unique distinct ids, input order: $inorder"

# The same for Parquet output: kill -9 mid-run, then --resume, then read the file's ids back.
pq="$work/resumed.parquet"
kill_mid_run "$pq"
echo "Parquet: killed after $(wc -l <"$pq.partial") whole journal rows"
"$epi" batch -i "$corpus" -o "$pq" --resume --parallel 2
# Read the ids back through batch's own Parquet input (each row's verdict scored as a one-word text; only the id column is used).
"$epi" batch -i "$pq" -o "$work/ids.csv" --text-field overall_verdict --parallel 2 >/dev/null 2>&1 || true
rows=$(($(wc -l <"$work/ids.csv") - 1))
unique=$(tail -n +2 "$work/ids.csv" | cut -d, -f1 | sort -u | wc -l)
echo "after --resume: the Parquet file holds $rows rows, $unique distinct ids"
