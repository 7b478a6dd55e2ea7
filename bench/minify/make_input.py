#!/usr/bin/env python3
"""Writes a minifier benchmark input: the inputs of the corpus testdata/minify/TYPE/*.txtar
(for js, the scripts testdata/minify/js/*.js) concatenated and repeated to at least SIZE bytes
(default 2 MB).

Usage: make_input.py TYPE OUT [SIZE]
"""
import glob
import json
import sys


# Cases that are malformed on purpose (an unclosed comment would swallow all that follows).
BROKEN = (b"unclosed", b"unterminated", b"eof", b"stray", b"nul", b"bad", b"missing", b"error",
          b"comma", b"two-values", b"unquoted", b"nested", b"leading", b"trailing", b"literal",
          b"non-ascii", b"empty", b"only", b"whitespace-only", b"top-level")


def corpus_inputs(kind):
    parts = []
    for path in sorted(glob.glob(f"testdata/minify/{kind}/*.txtar")):
        with open(path, "rb") as f:
            chunks = f.read().split(b"\n-- ")
        for chunk in chunks[1:]:
            header, _, data = chunk.partition(b" --\n")
            if header.endswith(b".in") and not any(b in header for b in BROKEN):
                parts.append(data)
    return parts


def js_inputs():
    """The corpus scripts that are not modules, each wrapped in a function so that repeating
    them declares nothing twice."""
    parts = []
    for path in sorted(glob.glob("testdata/minify/js/*.js")):
        with open(path, "rb") as f:
            data = f.read()
        if b"import " in data or b"export " in data:
            continue
        parts.append(b"(function(){\n" + data + b"\n})();")
    return parts


def parses_as_json(data):
    try:
        json.loads(data)
        return True
    except ValueError:
        return False


def main():
    kind, out = sys.argv[1], sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 2_000_000
    parts = js_inputs() if kind == "js" else corpus_inputs(kind)
    if kind == "json":
        # One array of the corpus documents, which each hold one value.
        unit = b",".join(p for p in parts if parses_as_json(p))
        items = []
        total = 0
        while total < size:
            items.append(unit)
            total += len(unit) + 1
        data = b"[" + b",".join(items) + b"]"
    else:
        unit = b"\n".join(parts)
        data = unit * (size // len(unit) + 1)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
