#!/usr/bin/env python3
"""How well the published date is found on pages whose structured data gives none.

Most corpus pages carry their date in meta tags or JSON-LD; many pages on the web do not (blogs,
small sites, broken templates), and there the date must come from the header lines, time
elements and the address. This check takes a corpus, strips its date metadata (meta tags naming
a date, time or update; JSON-LD date keys; itemprop date attributes), parses both versions and
compares the published day found without metadata with the one found with it:

    python3 benchmarks/quality/dates_without_metadata.py strip ../shared/corpora/newspaper-naeb/html STRIPPED
    newsparse parse ../shared/corpora/newspaper-naeb/html --out WITH --jobs 2
    newsparse parse STRIPPED --out WITHOUT --jobs 2
    python3 benchmarks/quality/dates_without_metadata.py compare WITH WITHOUT [-v]

"same" counts pages whose day is found again, "other" pages given another day (often one day off:
a header prints the local day, metadata the UTC one), "none" pages left without a date. The
stripping is textual, so a meta description that mentions a time is stripped too.
"""
import glob
import json
import os
import re
import sys


def strip(source, target):
    os.makedirs(target, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(source, "*.htm*"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            html = f.read()
        html = re.sub(r"<meta\b[^>]*(date|time|publish|modified|updated)[^>]*>", "", html, flags=re.I)
        html = re.sub(r'"(datePublished|dateModified|dateCreated|uploadDate|pubDate|publishDate|publishedAt|date)"\s*:\s*"[^"]*"\s*,?', "", html)
        html = re.sub(r"itemprop=[\"']?(datePublished|dateModified|dateCreated)[\"']?", "", html, flags=re.I)
        with open(os.path.join(target, os.path.basename(path)), "w", encoding="utf-8") as f:
            f.write(html)


def compare(with_dir, without_dir, verbose):
    same = other = none = 0
    for path in sorted(glob.glob(os.path.join(with_dir, "*.json"))):
        day = (json.load(open(path, encoding="utf-8")).get("published") or "")[:10]
        if not day:
            continue
        found = (json.load(open(os.path.join(without_dir, os.path.basename(path)), encoding="utf-8")).get("published") or "")[:10]
        if not found:
            none += 1
        elif found == day:
            same += 1
        else:
            other += 1
            if verbose:
                print(f"{os.path.basename(path)}  with {day}  without {found}")
    total = same + other + none
    print(f"pages with a date: {total}  same day: {same} ({same / max(total, 1):.1%})  other day: {other}  none: {none}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "strip":
        strip(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3], "-v" in sys.argv[4:])
    else:
        sys.exit(__doc__)
