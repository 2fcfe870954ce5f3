// Runs Mozilla Readability over every .html file under a corpus folder and writes one JSON per
// page in NewsParsing's contract shape (title, authors, published, siteName, language, body),
// mirroring the tree, so the same scorers read both. Prints pages per second (parse + extract,
// file reading excluded).
//   node readability.mjs jsdom|linkedom CORPUS_DIR OUT_DIR
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { Readability } from '@mozilla/readability';

const [engine, corpus, out] = process.argv.slice(2);
if (!engine || !corpus || !out) {
  console.error('usage: node readability.mjs jsdom|linkedom CORPUS_DIR OUT_DIR');
  process.exit(2);
}

let parse;
if (engine === 'jsdom') {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const virtualConsole = new VirtualConsole(); // silence CSS and script errors of the pages
  parse = (html) => new JSDOM(html, { virtualConsole }).window.document;
} else if (engine === 'linkedom') {
  const { parseHTML } = await import('linkedom');
  parse = (html) => parseHTML(html).document;
} else {
  throw new Error(`unknown engine ${engine}`);
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (/\.html?$/i.test(name) && name !== 'expected.html') yield path;
  }
}

let pages = 0, failed = 0, busy = 0n;
for (const file of htmlFiles(corpus)) {
  const html = readFileSync(file, 'utf8');
  const start = process.hrtime.bigint();
  let article = null, lang = null;
  try {
    const doc = parse(html);
    lang = doc.documentElement?.getAttribute('lang') ?? null;
    article = new Readability(doc).parse();
  } catch {
    failed++;
  }
  busy += process.hrtime.bigint() - start;
  pages++;
  const paragraphs = (article?.textContent ?? '').split(/\n\s*\n+/).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const json = {
    format: `readability-${engine}`,
    language: article?.lang ?? lang,
    title: article?.title ?? null,
    siteName: article?.siteName ?? null,
    authors: article?.byline ? [article.byline] : [],
    published: article?.publishedTime ?? null,
    body: paragraphs.map((text) => ({ kind: 'paragraph', text })),
    captions: [],
  };
  const target = join(out, relative(corpus, file)).replace(/\.html?$/i, '.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(json));
}

const seconds = Number(busy) / 1e9;
console.log(JSON.stringify({ engine, pages, failed, seconds: +seconds.toFixed(2), pagesPerSecond: +(pages / seconds).toFixed(1) }));
