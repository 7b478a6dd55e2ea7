#!/usr/bin/env python3
"""Generates a deterministic Hugo site of N pages for kiln's benchmarks.

  sitegen.py OUT_DIR [--pages N] [--seed S]

The site has a config.toml, a small set of layouts (baseof, single, list, home, a partial,
taxonomy pages with a paginator), sections with _index.md files and nested sections, and
N content pages whose front matter carries dates, tags, categories and the odd draft,
weight, alias or slug, and whose Markdown bodies hold headings, paragraphs with emphasis,
links and inline code, lists, fenced code and block quotes. The same arguments always give
the same bytes. OUT_DIR is created; existing files in it are overwritten.
"""
import argparse
import datetime
import os
import random

WORDS = ("site page build render layout theme section term list paragraph heading quote code "
         "fence link image output input parser token stream cache index bundle resource static "
         "content data config param menu summary date draft alias weight slug permalink feed "
         "sitemap archive author review guide note release change fix speed memory thread").split()
SECTIONS = ["posts", "docs", "blog", "notes", "news"]
NESTED = {"docs": ["guide", "reference"], "blog": ["2022", "2023"]}
TAGS = [f"tag-{i}" for i in range(60)] + ["Go", "C++ tips", "Static Sites", "Ünïcode"]
CATEGORIES = ["Engineering", "Design", "Operations", "Releases", "Community", "Tutorials"]
LANGS = ["go", "cpp", "python", "bash", "toml", "yaml"]

LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
{{ partial "nav.html" . }}
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<time>{{ .Date.Format "2006-01-02" }}</time>
{{ with .Params.tags }}<ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ .Content }}
</article>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ range .Paginator.Pages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Summary }}</p>{{ end }}
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
    "index.html": """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
{{ range first 20 .Site.RegularPages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ end }}
{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ range .Data.Terms.ByCount }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}
{{ end }}
{{ end }}
""",
    "partials/nav.html": """<nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ end }}</nav>
""",
}


def words(r, lo, hi):
    return " ".join(r.choice(WORDS) for _ in range(r.randint(lo, hi)))


def paragraph(r):
    out = []
    for _ in range(r.randint(2, 6)):
        s = words(r, 6, 18).split()
        i = r.randrange(len(s))
        k = r.random()
        if k < 0.2:
            s[i] = f"*{s[i]}*"
        elif k < 0.35:
            s[i] = f"**{s[i]}**"
        elif k < 0.5:
            s[i] = f"`{s[i]}`"
        elif k < 0.65:
            s[i] = f"[{s[i]}](https://example.com/{s[i]}/)"
        out.append(" ".join(s).capitalize() + ".")
    return " ".join(out)


def body(r):
    blocks = [paragraph(r)]
    for h in range(r.randint(2, 5)):
        blocks.append("## " + words(r, 2, 5).title())
        blocks.append(paragraph(r))
        k = r.random()
        if k < 0.3:
            blocks.append("\n".join(f"- {words(r, 3, 8)}" for _ in range(r.randint(2, 6))))
        elif k < 0.5:
            blocks.append("\n".join(f"{i + 1}. {words(r, 3, 8)}" for i in range(r.randint(2, 5))))
        elif k < 0.7:
            lang = r.choice(LANGS)
            code = "\n".join(f"{words(r, 1, 1)} = {r.randint(0, 999)}" for _ in range(r.randint(2, 8)))
            blocks.append(f"```{lang}\n{code}\n```")
        elif k < 0.8:
            blocks.append("> " + paragraph(r))
        if r.random() < 0.3:
            blocks.append("### " + words(r, 2, 4).title())
            blocks.append(paragraph(r))
    return "\n\n".join(blocks) + "\n"


def front_matter(r, i, date):
    lines = ["---", f'title: "{words(r, 2, 6).title()} {i}"', f"date: {date.isoformat()}Z"]
    tags = r.sample(TAGS, r.randint(0, 4))
    if tags:
        lines.append("tags: [" + ", ".join(f'"{t}"' for t in tags) + "]")
    lines.append(f'categories: ["{r.choice(CATEGORIES)}"]')
    if r.random() < 0.03:
        lines.append("draft: true")
    if r.random() < 0.05:
        lines.append(f"weight: {r.randint(1, 20)}")
    if r.random() < 0.02:
        lines.append(f"aliases: [/old/{i}/]")
    if r.random() < 0.05:
        lines.append(f'slug: "custom-{i}"')
    if r.random() < 0.1:
        lines.append(f'description: "{words(r, 5, 12)}"')
    lines.append("---")
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    r = random.Random(args.seed)
    write(os.path.join(args.out, "config.toml"),
          'baseURL = "https://example.com/"\ntitle = "Generated"\nlanguageCode = "en-us"\n'
          "paginate = 10\n[permalinks]\n  blog = \"/:year/:month/:slug/\"\n")
    for name, text in LAYOUTS.items():
        write(os.path.join(args.out, "layouts", name), text)
    content = os.path.join(args.out, "content")
    write(os.path.join(content, "_index.md"), '---\ntitle: "Home"\n---\nWelcome.\n')
    dirs = []
    for s in SECTIONS:
        write(os.path.join(content, s, "_index.md"), f'---\ntitle: "{s.title()}"\n---\n')
        dirs.append(s)
        for n in NESTED.get(s, []):
            write(os.path.join(content, s, n, "_index.md"), f'---\ntitle: "{n.title()}"\n---\n')
            dirs.append(f"{s}/{n}")
    start = datetime.datetime(2015, 1, 1)
    for i in range(args.pages):
        date = start + datetime.timedelta(minutes=r.randint(0, 8 * 365 * 24 * 60))
        d = r.choice(dirs)
        write(os.path.join(content, d, f"page-{i:05d}.md"), front_matter(r, i, date) + "\n" + body(r))


if __name__ == "__main__":
    main()
