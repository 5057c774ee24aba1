#!/usr/bin/env python3
"""Inconsistent or contradicted figures on real news: the false-alarm measure of the numeric checks.

Scores the real articles of ../shared/data/news/*.jsonl (label "real") and, with --polnear, the PolNeAR articles
(all from news outlets), with a given build of the CLI, and prints per dev half (the split of DevSplit.cs: the first
byte of SHA-256 of the record's key even = tune, odd = check) how many articles carry any numeric check with status
inconsistent or contradicted, with a 95% Wilson interval. --list prints every such check with its context, so each
flag on real text can be read; --against OTHER.dll also scores with another build and prints the flags that appear
or disappear, and a paired bootstrap of the change in the rate. --stats counts every check (consistent too) by the
wording its message names, with up to --examples N consistent examples of each, to judge how each wording links
figures on real text.

Usage: scripts/figure-flags.py --cli path/to/epistemic.dll [--against other.dll] [--polnear] [--list] [--half tune|check]
Skips cleanly (exit 0, a note) when ../shared/data is absent.
"""
import argparse
import hashlib
import json
import math
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
FLAGS = ("inconsistent", "contradicted")
ALL_CHECKS = False


def wording(message):
    """The wording a check names: its message up to the first quote or colon ("Back-reference", "Parts")."""
    import re
    head = re.split(r'[":]', message, maxsplit=1)[0].strip()
    return head or message[:30]


def key_of(r, line):
    if isinstance(r.get("doc"), str):
        return r["doc"]
    if isinstance(r.get("file"), str):
        return (r.get("dataset") or "") + "/" + r["file"]
    return r.get("id") or f"line {line}"


def half_of(key):
    return "tune" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def wilson(k, n, z=1.96):
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def load(polnear):
    records = []
    news = os.path.join(DATA, "news")
    for name in sorted(os.listdir(news)):
        if name.endswith(".jsonl"):
            with open(os.path.join(news, name), encoding="utf-8") as f:
                for i, l in enumerate(f, 1):
                    if l.strip():
                        r = json.loads(l)
                        if r.get("label") == "real":
                            records.append(("news", r["id"], half_of(key_of(r, i)), r["text"]))
    if polnear:
        for name in ("polnear-dev.jsonl", "polnear-train.jsonl"):
            p = os.path.join(DATA, "attribution", name)
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    for i, l in enumerate(f, 1):
                        if l.strip():
                            r = json.loads(l)
                            rid = r.get("id") or r.get("doc") or f"{name}:{i}"
                            records.append(("polnear", rid, half_of(key_of(r, i)), r["text"]))
    return records


def score(cli, records, work):
    inp = os.path.join(work, "in.jsonl")
    out = os.path.join(work, os.path.basename(os.path.dirname(cli)) + "-out.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for (_, rid, _, text) in records:
            f.write(json.dumps({"id": rid, "text": text}) + "\n")
    subprocess.run(["dotnet", cli, "batch", "--input", inp, "--output", out, "--workers", "2"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    flags = {}
    with open(out, encoding="utf-8") as f:
        for l in f:
            r = json.loads(l)
            flags[r["id"]] = [c for c in r.get("numericChecks", []) if c.get("status") in FLAGS or ALL_CHECKS]
    return flags


def context(text, spans):
    """Each span with 60 characters either side; spans close together share one window."""
    parts = []
    for s in sorted(spans, key=lambda s: s["start"]):
        a, b = max(0, s["start"] - 60), min(len(text), s["start"] + s["length"] + 60)
        if parts and a <= parts[-1][1]:
            parts[-1][1] = max(parts[-1][1], b)
        else:
            parts.append([a, b])
    return " … ".join(text[a:b] for a, b in parts).replace("\n", " / ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--against")
    ap.add_argument("--polnear", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--half", choices=["tune", "check"])
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    global ALL_CHECKS
    ALL_CHECKS = a.stats
    if not os.path.isdir(DATA):
        print("../shared/data is absent: nothing to measure")
        return 0
    records = [r for r in load(a.polnear) if a.half is None or r[2] == a.half]
    texts = {r[1]: r[3] for r in records}
    with tempfile.TemporaryDirectory() as work:
        now = score(a.cli, records, work)
        before = score(a.against, records, work) if a.against else None
    if a.stats:
        import collections
        counts = collections.Counter()
        examples = collections.defaultdict(list)
        for (_, rid, half, _) in records:
            for c in now[rid]:
                key = (wording(c["message"]), c["status"])
                counts[key] += 1
                if len(examples[key]) < a.examples:
                    examples[key].append(f"    {rid}: {c['message']}\n        {context(texts[rid], c['spans'])}")
        for (w, st), n in sorted(counts.items()):
            print(f"{n:5}  {st:12} {w}")
            for e in examples[(w, st)]:
                print(e)
        return 0
    for corpus in sorted({r[0] for r in records}):
        for half in ("tune", "check"):
            ids = [r[1] for r in records if r[0] == corpus and r[2] == half]
            if not ids:
                continue
            k = sum(1 for i in ids if now[i])
            lo, hi = wilson(k, len(ids))
            line = f"{corpus:8} {half:5} {k:4}/{len(ids):<4} articles flagged = {k / len(ids):.3f} [{lo:.3f}, {hi:.3f}]"
            if before is not None:
                kb = sum(1 for i in ids if before[i])
                lob, hib = wilson(kb, len(ids))
                rng = random.Random(13)
                deltas = []
                for _ in range(2000):
                    sample = [rng.choice(ids) for _ in ids]
                    deltas.append(sum(1 for i in sample if now[i]) - sum(1 for i in sample if before[i]))
                lower = sum(1 for d in deltas if d < 0) / len(deltas)
                line += f"   against {kb:4}/{len(ids):<4} = {kb / len(ids):.3f} [{lob:.3f}, {hib:.3f}]; lower in {lower:.0%} of resamples"
            print(line)
    if a.list or before is not None:
        for (_, rid, half, _) in records:
            cur = {(c["kind"], c["message"]) for c in now[rid]}
            old = {(c["kind"], c["message"]) for c in before[rid]} if before is not None else set()
            for c in now[rid]:
                if before is None or (c["kind"], c["message"]) not in old:
                    mark = "+" if before is not None else " "
                    print(f"{mark} {half} {rid}: [{c['kind']}] {c['message']}\n      {context(texts[rid], c['spans'])}")
            if before is not None:
                for c in before[rid]:
                    if (c["kind"], c["message"]) not in cur:
                        print(f"- {half} {rid}: [{c['kind']}] {c['message']}\n      {context(texts[rid], c['spans'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
