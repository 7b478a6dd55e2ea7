#!/usr/bin/env python3
"""Writes a deterministic built-looking site for benchmarking `kiln check`.

The site looks like a Hugo blog's public/ directory: a home page, paginated post lists,
tag pages and posts at pretty URLs (/posts/post-00042/), each with navigation, links to
other posts (some with #fragments), headings with ids, images with srcset, one shared
stylesheet that @imports a second one and references fonts. A sitemap.xml and an RSS feed
list the pages.

Faults are injected deterministically and listed in OUT/../faults.tsv as
"page<TAB>kind<TAB>url" lines (kind: link, anchor, asset), so a comparison can check that
every checker finds each one.

usage: gen_site.py OUT_DIR [--pages N] [--faults N] [--seed S]
"""
import argparse
import os
import random

BASE = "https://example.org/"
WORDS = ("static site generator kiln builds pages quickly from markdown templates and "
         "checks every link anchor image stylesheet font before deploy so visitors never "
         "meet a broken page").split()


def para(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def page(title, body):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Example</title>
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" href="/index.xml" title="Example">
<script src="/js/main.js" defer></script>
</head>
<body>
<header>
<nav>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/posts/">Posts</a></li>
<li><a href="/tags/">Tags</a></li>
<li><a href="/about/">About</a></li>
</ul>
</nav>
</header>
<main id="content">
{body}
</main>
<footer><p>&copy; Example. <a href="#content">Back to top</a></p></footer>
</body>
</html>
"""


def post_name(i):
    return f"post-{i:05d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--faults", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    n_lists = max(1, args.pages // 10)
    n_tags = 50
    n_posts = max(2, args.pages - n_lists - n_tags - 3)
    n_images = 100

    # Which posts carry a fault, and of which kind.
    fault_posts = rng.sample(range(n_posts), min(args.faults, n_posts))
    faults = {}
    for k, p in enumerate(fault_posts):
        faults[p] = ("link", "anchor", "asset")[k % 3]
    fault_lines = []
    urls = ["", "posts/", "tags/", "about/"]

    for i in range(n_posts):
        name = post_name(i)
        sections = [f"section-{s}" for s in range(1, 5)]
        body = [f"<article>\n<h1>Post {i}</h1>"]
        img = rng.randrange(n_images)
        body.append(f'<img src="/images/img-{img:03d}.png" srcset="/images/img-{img:03d}.png 1x, '
                    f'/images/img-{(img + 1) % n_images:03d}.png 2x" alt="Figure {i}">')
        for s in sections:
            body.append(f'<h2 id="{s}">Section {s[-1]}</h2>')
            body.append(f"<p>{para(rng, 120)}</p>\n<p>{para(rng, 120)}</p>")
            j = rng.randrange(n_posts)
            frag = f"#section-{rng.randint(1, 4)}" if rng.random() < 0.5 else ""
            body.append(f'<p>See <a href="/posts/{post_name(j)}/{frag}">post {j}</a> and '
                        f'<a href="#{s}">this section</a>.</p>')
        if i > 0:
            body.append(f'<a href="../{post_name(i - 1)}/" rel="prev">Previous</a>')
        if i + 1 < n_posts:
            body.append(f'<a href="../{post_name(i + 1)}/" rel="next">Next</a>')
        tag = i % n_tags
        body.append(f'<p>Tags: <a href="/tags/tag-{tag}/">tag-{tag}</a></p>')
        kind = faults.get(i)
        page_path = f"posts/{name}/index.html"
        if kind == "link":
            url = f"/posts/missing-{i}/"
            body.append(f'<p><a href="{url}">a lost post</a></p>')
            fault_lines.append((page_path, kind, url))
        elif kind == "anchor":
            url = f"/posts/{post_name((i + 7) % n_posts)}/#no-such-{i}"
            body.append(f'<p><a href="{url}">a lost section</a></p>')
            fault_lines.append((page_path, kind, url))
        elif kind == "asset":
            url = f"/images/missing-{i}.png"
            body.append(f'<p><img src="{url}" alt="lost"></p>')
            fault_lines.append((page_path, kind, url))
        body.append("</article>")
        write(os.path.join(out, page_path), page(f"Post {i}", "\n".join(body)))
        urls.append(f"posts/{name}/")

    per_list = (n_posts + n_lists - 1) // n_lists
    for p in range(n_lists):
        items = "\n".join(f'<li><a href="/posts/{post_name(i)}/">Post {i}</a></li>'
                          for i in range(p * per_list, min(n_posts, (p + 1) * per_list)))
        nav = []
        if p > 0:
            prev = "/posts/" if p == 1 else f"/posts/page/{p}/"
            nav.append(f'<a href="{prev}">Newer</a>')
        if p + 1 < n_lists:
            nav.append(f'<a href="/posts/page/{p + 2}/">Older</a>')
        path = "posts/index.html" if p == 0 else f"posts/page/{p + 1}/index.html"
        write(os.path.join(out, path),
              page(f"Posts page {p + 1}", f"<ul>\n{items}\n</ul>\n" + " ".join(nav)))
        if p > 0:
            urls.append(f"posts/page/{p + 1}/")

    for t in range(n_tags):
        items = "\n".join(f'<li><a href="/posts/{post_name(i)}/">Post {i}</a></li>'
                          for i in range(t, n_posts, n_tags * 20))
        write(os.path.join(out, f"tags/tag-{t}/index.html"), page(f"tag-{t}", f"<ul>{items}</ul>"))
        urls.append(f"tags/tag-{t}/")
    tags = "\n".join(f'<li><a href="/tags/tag-{t}/">tag-{t}</a></li>' for t in range(n_tags))
    write(os.path.join(out, "tags/index.html"), page("Tags", f"<ul>{tags}</ul>"))
    latest = "\n".join(f'<li><a href="/posts/{post_name(i)}/">Post {i}</a></li>'
                       for i in range(min(20, n_posts)))
    write(os.path.join(out, "index.html"), page("Home", f"<ul>{latest}</ul>"))
    write(os.path.join(out, "about/index.html"), page("About", f"<p>{para(rng, 40)}</p>"))

    write(os.path.join(out, "css/site.css"),
          '@import "fonts.css";\nbody { font-family: Body, sans-serif; }\n'
          'header { background: url("/images/img-000.png") no-repeat; }\n')
    write(os.path.join(out, "css/fonts.css"),
          '@font-face { font-family: Body; src: url(../fonts/body.woff2) format("woff2"); }\n')
    write(os.path.join(out, "js/main.js"), "document.documentElement.classList.add('js');\n")
    os.makedirs(os.path.join(out, "fonts"), exist_ok=True)
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    with open(os.path.join(out, "fonts/body.woff2"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(20000)))
    with open(os.path.join(out, "favicon.ico"), "wb") as f:
        f.write(bytes(64))
    for k in range(n_images):
        with open(os.path.join(out, f"images/img-{k:03d}.png"), "wb") as f:
            f.write(bytes(rng.randrange(256) for _ in range(1000 + 97 * k)))

    sm = "".join(f"<url><loc>{BASE}{u}</loc></url>\n" for u in urls)
    write(os.path.join(out, "sitemap.xml"),
          '<?xml version="1.0" encoding="utf-8"?>\n'
          f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{sm}</urlset>\n')
    items = "".join(f"<item><title>Post {i}</title><link>{BASE}posts/{post_name(i)}/</link>"
                    f"<guid>{BASE}posts/{post_name(i)}/</guid></item>\n"
                    for i in range(min(20, n_posts)))
    write(os.path.join(out, "index.xml"),
          '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
          f"<title>Example</title><link>{BASE}</link>\n{items}</channel></rss>\n")

    with open(os.path.join(os.path.dirname(os.path.abspath(out)), "faults.tsv"), "w") as f:
        for line in sorted(fault_lines):
            f.write("\t".join(line) + "\n")


if __name__ == "__main__":
    main()
