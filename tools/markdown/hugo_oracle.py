#!/usr/bin/env python3
"""Produces kiln's expected Markdown outputs by running the reference hugo (0.111.3).

  hugo_oracle.py spec SPEC.txt OUT.txtar   hugo's .Content for every CommonMark example, rendered
                                           with Hugo's default [markup] settings
  hugo_oracle.py corpus FILE.txtar...      rewrites the want.* files of each corpus archive

A corpus archive holds input.md, optionally config.toml (site configuration, e.g. [markup]
keys), and the generated want.html (.Content), want.toc (.TableOfContents) and want.helpers
(summary, plain text, word counts, reading time, truncation). Each distinct config.toml gets one
throw-away hugo site; every document becomes one page whose layout prints those values.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

LAYOUT = ('{{ dict "content" .Content "toc" .TableOfContents "summary" .Summary '
          '"plain" .Plain "plainwords" .PlainWords "wordcount" .WordCount '
          '"fuzzywordcount" .FuzzyWordCount "readingtime" .ReadingTime '
          '"truncated" .Truncated | jsonify }}')


def render(config, docs):
    """Renders docs (name -> markdown body) in one hugo site; returns name -> page values."""
    with tempfile.TemporaryDirectory() as site:
        os.makedirs(f"{site}/content")
        os.makedirs(f"{site}/layouts/_default")
        with open(f"{site}/config.toml", "w") as f:
            f.write('baseURL = "https://example.org/"\n'
                    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section"]\n')
            f.write(config)
        with open(f"{site}/layouts/_default/single.html", "w") as f:
            f.write(LAYOUT)
        for name, body in docs.items():
            with open(f"{site}/content/{name}.md", "w") as f:
                f.write(f"---\ntitle: {name}\n---\n{body}")
        subprocess.run(["hugo", "--quiet", "-s", site], check=True)
        out = {}
        for name in docs:
            with open(f"{site}/public/{name.lower()}/index.html") as f:
                out[name] = json.loads(f.read())
        return out


def read_txtar(path):
    text = open(path).read()
    parts = re.split(r"^-- (.+?) --\n", text, flags=re.M)
    return parts[0], {name: data for name, data in zip(parts[1::2], parts[2::2])
                      if not name.startswith("want")}


def write_txtar(path, comment, files):
    with open(path, "w") as f:
        f.write(comment)
        for name, data in files.items():
            if name.startswith("want"):
                data += "\n"  # so that a value without a final newline survives txtar
            f.write(f"-- {name} --\n{data}")


def spec(spec_path, out_path):
    text = open(spec_path).read()
    fence = "`" * 32
    examples = re.findall(rf"^{fence} example\n(.*?)^\.\n.*?^{fence}$", text, re.S | re.M)
    docs = {f"ex{i + 1}": md.replace("→", "\t") for i, md in enumerate(examples)}
    got = render("", docs)
    write_txtar(out_path,
                "hugo 0.111.3 .Content for each CommonMark example with Hugo's default [markup]\n"
                "settings. Regenerate with tools/markdown/regenerate.sh. Each value has one extra\n"
                "trailing newline, which readers drop.\n",
                {f"want{i + 1}": got[f"ex{i + 1}"]["content"] for i in range(len(examples))})


def helpers(values):
    keys = ["summary", "plain", "plainwords", "wordcount", "fuzzywordcount", "readingtime",
            "truncated"]
    return "".join(f"{k}: {json.dumps(values[k], ensure_ascii=False)}\n" for k in keys)


def corpus(paths):
    groups = {}
    for path in paths:
        comment, files = read_txtar(path)
        groups.setdefault(files.get("config.toml", ""), []).append((path, comment, files))
    for config, entries in groups.items():
        docs = {f"doc{i}": files["input.md"] for i, (_, _, files) in enumerate(entries)}
        got = render(config, docs)
        for i, (path, comment, files) in enumerate(entries):
            values = got[f"doc{i}"]
            files["want.html"] = values["content"]
            files["want.toc"] = values["toc"]
            files["want.helpers"] = helpers(values)
            write_txtar(path, comment, files)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "spec":
        spec(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "corpus":
        corpus(sys.argv[2:])
    else:
        sys.exit(__doc__)
