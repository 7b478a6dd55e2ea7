#!/usr/bin/env python3
"""Writes the Markdown bodies of a deterministic 10,000-page blog to a directory.

  gen_bodies.py OUT_DIR [PAGES]

Each page mixes what real posts hold: headings, paragraphs with emphasis, links, inline code and
quotes, lists (some with tasks), fenced code, tables, block quotes, the odd footnote and
definition list. The same seed always gives the same bytes.
"""
import os
import random
import sys

WORDS = ("the quick brown fox jumps over lazy dog static site generator markdown render page "
         "content template build deploy cache layout theme section taxonomy summary table list "
         "header footer image link code block quote server client request response fast slow "
         "simple complex example value option config kiln hugo goldmark parser output").split()


def sentence(r):
    words = [r.choice(WORDS) for _ in range(r.randint(6, 18))]
    kind = r.random()
    i = r.randrange(len(words))
    # Cumulative odds of decorating one word, and how.
    for odds, fmt in ((0.15, "*{}*"), (0.25, "**{}**"), (0.35, "`{}()`"),
                      (0.45, "[{0}](https://example.com/{0}/)"), (0.50, '"{}"'), (0.53, "{}'s"),
                      (0.55, "https://example.org/docs")):
        if kind < odds:
            words[i] = fmt.format(words[i])
            break
    text = " ".join(words)
    return text[0].upper() + text[1:] + r.choice([".", ".", ".", "?", "!", " -- really."])


def paragraph(r):
    lines, line = [], []
    for _ in range(r.randint(2, 6)):
        line.append(sentence(r))
        if len(line) == 2:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def block(r, n):
    kind = r.random()
    if kind < 0.45:
        return paragraph(r)
    if kind < 0.55:
        return f"{'#' * r.randint(2, 4)} {sentence(r).rstrip('.?!')}"
    if kind < 0.65:
        task = r.random() < 0.2
        items = []
        for _ in range(r.randint(2, 6)):
            mark = f"[{r.choice(' x')}] " if task else ""
            items.append(f"- {mark}{sentence(r)}")
        return "\n".join(items)
    if kind < 0.70:
        return "\n".join(f"{i + 1}. {sentence(r)}" for i in range(r.randint(2, 5)))
    if kind < 0.80:
        lang = r.choice(["go", "python", "", "toml", "text"])
        code = "\n".join(f"    x{i} := compute({i}, \"{r.choice(WORDS)}\") // <{i}>"
                         for i in range(r.randint(3, 12)))
        return f"```{lang}\n{code}\n```"
    if kind < 0.86:
        rows = ["| Name | Value | Notes |", "|:-----|------:|:-----:|"]
        for _ in range(r.randint(2, 6)):
            rows.append(f"| {r.choice(WORDS)} | {r.randint(1, 999)} | {sentence(r)} |")
        return "\n".join(rows)
    if kind < 0.92:
        return "> " + paragraph(r).replace("\n", "\n> ")
    if kind < 0.96:
        return f"Term {r.choice(WORDS)}\n: {sentence(r)}"
    return f"A claim worth a note[^{n}].\n\n[^{n}]: {sentence(r)}"


def body(r):
    return "\n\n".join(block(r, n) for n in range(r.randint(8, 30))) + "\n"


def main():
    out, pages = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    os.makedirs(out, exist_ok=True)
    r = random.Random(20230316)
    for i in range(pages):
        with open(os.path.join(out, f"page{i:05d}.md"), "w") as f:
            f.write(body(r))


if __name__ == "__main__":
    main()
