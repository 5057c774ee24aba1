#!/usr/bin/env bash
# Scores every dev file under ../shared/data (when present) and every sample article, and prints one SHA-256 per
# corpus of the full JSON reports. Run it before and after a change that must not change behaviour (a refactor):
# equal lines mean byte-identical reports. `--save FILE` writes the digests; `--check FILE` compares with them.
# Each line: corpus, records, SHA-256 of the reports as written, SHA-256 of the reports with the receipt's hashes
# (rulesHash, lexiconsHash, digest) blanked. A change to the built-in word lists that must not change any score
# (removing an exact duplicate entry) changes only the third column; `--check-scores FILE` compares the fourth only.
# Skips cleanly when ../shared is absent (the samples are always scored).
# `--cli DLL` (first) scores with a given build of epistemic.dll instead of building this checkout, e.g. another
# commit built into /tmp, so two builds can be compared without switching branches.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=print; ref=; ignore=; cli_dll=
# --ignore a,b: leave out the named top-level report fields before hashing, to show that a change which only adds
# fields (such as 'language,warnings') changed nothing else in any report. --cli DLL: score with that build.
while [ "${1:-}" = --ignore ] || [ "${1:-}" = --cli ]; do
  if [ "$1" = --ignore ]; then ignore=$2; else cli_dll=$2; fi
  shift 2
done
case "${1:-}" in --save) mode=save; ref=$2;; --check) mode=check; ref=$2;; --check-scores) mode=scores; ref=$2;; "") ;; *) echo "usage: $0 [--ignore FIELDS] [--cli DLL] [--save FILE|--check FILE|--check-scores FILE]" >&2; exit 2;; esac

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ -n "$cli_dll" ]; then
  cli=(dotnet "$cli_dll")
else
  dotnet build src/EpistemicScoring.Cli -c Release -v q -nologo >/dev/null
  cli=(dotnet src/EpistemicScoring.Cli/bin/Release/net10.0/epistemic.dll)
fi

python3 - "$work" <<'PY'
import json, os, sys, glob
out = sys.argv[1]
data = "../shared/data"
def emit(name, records):
    with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
        for i, (rid, text) in enumerate(records):
            f.write(json.dumps({"id": rid or f"{name}-{i}", "text": text}) + "\n")
samples = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in sorted(glob.glob("samples/articles/*"))]
emit("samples", samples)
def jl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
if os.path.isdir(data):
    for name, rel in [("horne", "news/horne2017-dev.jsonl"), ("polnear-dev", "attribution/polnear-dev.jsonl"),
                      ("polnear-train", "attribution/polnear-train.jsonl"), ("ptc", "writing/ptc-propaganda-dev.jsonl"),
                      ("probes", "dev-annotations/numeric-relation-probes.jsonl")]:
        p = os.path.join(data, rel)
        if os.path.exists(p):
            emit(name, [(r.get("id") or r.get("file"), r["text"]) for r in jl(p)])
    p = os.path.join(data, "hedge/szeged-wikipedia-train.jsonl")
    if os.path.exists(p):
        emit("szeged", [(r["id"], r["text"]) for r in jl(p)[:3000]])
PY

drop_fields() { # removes the --ignore fields from each report line, leaving the rest byte for byte
  [ -n "$ignore" ] || return 0
  python3 - "$1" "$ignore" <<'PY'
import json, sys
path, names = sys.argv[1], sys.argv[2].split(",")
dec = json.JSONDecoder()
out = []
for line in open(path, encoding="utf-8"):
    for name in names:
        key = '"%s":' % name
        i = line.find(key)
        if i < 0:
            continue
        _, end = dec.raw_decode(line, i + len(key))
        if line[end] == ",":
            end += 1
        elif line[i - 1] == ",":
            i -= 1
        line = line[:i] + line[end:]
    out.append(line)
open(path, "w", encoding="utf-8").write("".join(out))
PY
}

stripped() {
  sed -E 's/"(rulesHash|lexiconsHash|digest)":"[0-9a-f]*"/"\1":""/g' "$1" | sha256sum | cut -c1-64
}

result="$work/digests.txt"
for f in "$work"/*.jsonl; do
  name=$(basename "$f" .jsonl)
  [ "$name" = digests ] && continue
  "${cli[@]}" batch --input "$f" --output "$work/$name.out.jsonl" --workers 2 >/dev/null 2>&1 || true
  drop_fields "$work/$name.out.jsonl"
  printf '%s\t%s\t%s\t%s\n' "$name" "$(wc -l <"$f")" "$(sha256sum "$work/$name.out.jsonl" | cut -c1-64)" "$(stripped "$work/$name.out.jsonl")" >>"$result"
done
# The samples once more with reference facts, so the reference checks are covered too.
"${cli[@]}" batch --input "$work/samples.jsonl" --output "$work/samples-facts.out.jsonl" --facts samples/facts/facts.json >/dev/null 2>&1 || true
drop_fields "$work/samples-facts.out.jsonl"
printf '%s\t%s\t%s\t%s\n' samples+facts "$(wc -l <"$work/samples.jsonl")" "$(sha256sum "$work/samples-facts.out.jsonl" | cut -c1-64)" "$(stripped "$work/samples-facts.out.jsonl")" >>"$result"
sort -o "$result" "$result"

case $mode in
  print) cat "$result";;
  save) cp "$result" "$ref"; cat "$result";;
  scores) if diff -u <(cut -f1,2,4 "$ref") <(cut -f1,2,4 "$result"); then echo "reports identical but for the receipt hashes"; else echo "reports differ" >&2; exit 1; fi;;
  check) if diff -u "$ref" "$result"; then echo "reports identical"; else echo "reports differ" >&2; exit 1; fi;;
esac
