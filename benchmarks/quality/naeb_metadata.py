#!/usr/bin/env python3
"""Title, authors and published day of newspaper-naeb pages against the corpus's hand-cleaned gold.

../shared/eval/body_score.py scores only the body of newspaper-naeb; its articles.json also
holds a title, an authors string and a date per page. This script compares them, exactly after
normalisation (case, punctuation and spacing ignored; authors joined in order, "and" ignored):

    newsparse parse ../shared/corpora/newspaper-naeb/html --out OUT --jobs 2
    python3 benchmarks/quality/naeb_metadata.py OUT [title|authors|date]

With a field name it also lists every mismatch (gold, ours). The gold has its own policy:
titles without the site name (Readability, and readability-test-pages, keep og:title whole),
dates in the site's local day or a later update, post-nominals dropped.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "newspaper-naeb", "articles.json")


def norm(s):
    return re.sub(r"\W+", " ", (s or "").lower()).strip()


def main():
    pred, show = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")
    gold = json.load(open(GOLD, encoding="utf-8"))
    counts = {"date": [0, 0], "title": [0, 0], "authors": [0, 0]}
    bad = {k: [] for k in counts}
    for key, g in sorted(gold.items()):
        path = os.path.join(pred, key + ".json")
        if not os.path.exists(path):
            path = os.path.join(pred, "html", key + ".json")
        if not os.path.exists(path):
            continue
        p = json.load(open(path, encoding="utf-8"))
        if g.get("date") and g["date"] != "NaT":
            counts["date"][1] += 1
            ours = (p.get("published") or "")[:10]
            if ours == g["date"][:10]:
                counts["date"][0] += 1
            else:
                bad["date"].append((key, g["date"], ours))
        if g.get("title"):
            counts["title"][1] += 1
            if norm(g["title"]) == norm(p.get("title")):
                counts["title"][0] += 1
            else:
                bad["title"].append((key, g["title"], p.get("title")))
        if g.get("authors"):
            counts["authors"][1] += 1
            names = [a.get("name") if isinstance(a, dict) else a for a in (p.get("authors") or [])]
            ours = norm(" ".join(names))
            if norm(g["authors"]) in (ours, ours.replace(" and ", " ")) or norm(g["authors"]).replace(" and ", " ") == ours:
                counts["authors"][0] += 1
            else:
                bad["authors"].append((key, g["authors"], names))
    print("  ".join(f"{k} {ok}/{n} = {ok / max(n, 1):.3f}" for k, (ok, n) in counts.items()))
    for row in bad.get(show, []):
        print(*row, sep="  |  ")


if __name__ == "__main__":
    main()
