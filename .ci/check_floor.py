#!/usr/bin/env python3
"""Compares the seed scores (the JSON line of score.py --json) with .ci/seed-score-floor.json.
Prints one line per metric and exits 1 when any is below its floor (or above its ceiling)."""
import json, re, sys

floor = json.load(open(sys.argv[1], encoding="utf-8"))
line = [l for l in open(sys.argv[2], encoding="utf-8").read().splitlines() if l.startswith("{")][-1]
got = json.loads(line)


def value(key):
    if key == "captionCredits":
        m = re.search(r"credit (\d+)/", got.get("captions", ""))
        return int(m.group(1)) if m else 0
    if key == "indirectFound":
        v = got.get("indirectRecall", "0/0")
        return int(v.split("/")[0])
    v = got.get(key)
    if isinstance(v, str):
        m = re.match(r"(\d+)/", v)
        return int(m.group(1)) if m else 0
    return v if v is not None else 0


bad = 0
for key, lo in floor["min"].items():
    ok = value(key) >= lo
    bad += not ok
    print(f"{'ok ' if ok else 'LOW'} {key}: {value(key)} (floor {lo})")
for key, hi in floor["max"].items():
    ok = value(key) <= hi
    bad += not ok
    print(f"{'ok ' if ok else 'HIGH'} {key}: {value(key)} (ceiling {hi})")
sys.exit(1 if bad else 0)
