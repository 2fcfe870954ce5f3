#!/usr/bin/env python3
"""Writes a CC-NEWS-like WARC.gz of N HTML news pages for batch throughput and memory runs.

One gzip member per record as Common Crawl writes them, a request record before each
response, charsets mixed (utf-8, iso-8859-1, windows-1252, windows-1251) and pages built
from the seed paragraphs wrapped in a realistic page (nav, article, related box, footer).

    python3 benchmarks/batch/make-warc.py 10000 /tmp/bench/cc-10k.warc.gz
"""
import gzip, io, random, sys, uuid, pathlib

def main():
    n = int(sys.argv[1]); out = sys.argv[2]
    root = pathlib.Path(__file__).resolve().parents[2]
    paras = []
    for seed in sorted((root / "seeds").glob("*.txt")):
        paras += [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 120]
    rnd = random.Random(42)
    charsets = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        for i in range(n):
            url = f"https://news{i % 50}.example.org/2024/06/{i:06d}-article.html"
            title = f"Article {i}: " + rnd.choice(paras)[:70].rsplit(" ", 1)[0]
            body = "".join(f"<p>{p}</p>\n" for p in rnd.sample(paras, rnd.randint(4, 9)))
            html = (f"<!doctype html><html lang=\"fr\"><head><meta charset=\"{{cs}}\"><title>{title} | News {i % 50}</title>"
                    f"<meta property=\"og:title\" content=\"{title}\"><meta property=\"article:published_time\" content=\"2024-06-{1 + i % 28:02d}T10:00:00+02:00\">"
                    "</head><body><header><nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a> <a href=\"/sport\">Sport</a></nav></header>"
                    f"<main><article><h1>{title}</h1><p class=\"byline\">Par Jean Dupont</p>\n{body}</article>"
                    "<aside class=\"related\"><h2>À lire aussi</h2><ul><li><a href=\"/a\">Un autre article</a></li><li><a href=\"/b\">Encore un</a></li></ul></aside></main>"
                    "<footer><p>© News. Tous droits réservés.</p></footer></body></html>")
            cs = charsets[i % len(charsets)]
            payload = html.replace("{cs}", cs).encode(cs, errors="xmlcharrefreplace")
            http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={cs}\r\nContent-Length: {len(payload)}\r\n\r\n").encode("ascii") + payload
            for kind, block in (("request", f"GET {url} HTTP/1.1\r\nHost: x\r\n\r\n".encode("ascii")), ("response", http)):
                head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-06-19T10:00:00Z\r\n"
                        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=rnd.getrandbits(128))}>\r\n"
                        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n").encode("ascii")
                f.write(gzip.compress(head + block + b"\r\n\r\n", compresslevel=6))

if __name__ == "__main__":
    main()
