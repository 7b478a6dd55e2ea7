#!/usr/bin/env python3
"""Compares a kiln build of a site with a hugo build of it, file by file.

  report.py HUGO_OUT KILN_OUT SITE_DIR [--diff N]

Every file of either output gets one status:
  identical       same bytes
  normalised      same canonical form (normalize.py: HTML whitespace between tags and
                  attribute order; XML/JSON/text as documented there)
  asset-touched   see below
  differs         different even after normalisation (the first differing canonical
                  lines are shown, up to N differing files; --diff 0 hides them)
  missing         hugo wrote it, kiln did not
  extra           kiln wrote it, hugo did not
A file is touched by the asset pipeline when it is
  (a) an asset output: a .css, .js or .map file that is not copied from a static/ dir of
      the site or of its themes (so it came from resources.Get, SCSS, minify, fingerprint,
      concat ... ), or any file whose name carries a fingerprint (a dot-separated run of 16
      or more hex digits); or
  (b) a page that differs after normalisation but whose canonical form becomes identical
      once every href/src pointing at a .css/.js/.map file outside static/ is replaced by
      ASSET and every integrity attribute by INTEGRITY.
Shares: identical-after-normalisation (identical + normalised) over all of hugo's files,
and the same over hugo's files minus those touched by the asset pipeline. Always exits 0.
"""
import difflib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import normalize  # noqa: E402

_FINGERPRINT = re.compile(r"\.[0-9a-f]{16,}\.")
_ASSET_EXT = (".css", ".js", ".map")


def files_under(root):
    out = set()
    for dirpath, _, names in os.walk(root):
        for name in names:
            out.add(os.path.relpath(os.path.join(dirpath, name), root))
    return out


def static_files(site):
    """Paths (relative to the output root) that static/ dirs of the site and themes copy."""
    roots = [os.path.join(site, "static")]
    themes = os.path.join(site, "themes")
    for dirpath, dirnames, _ in os.walk(themes):
        if "static" in dirnames and os.path.isfile(os.path.join(dirpath, "theme.toml")):
            roots.append(os.path.join(dirpath, "static"))
    out = set()
    for root in roots:
        if os.path.isdir(root):
            out |= files_under(root)
    return out


def is_asset_output(path, static):
    return bool(_FINGERPRINT.search(os.path.basename(path))) or (
        path.endswith(_ASSET_EXT) and path not in static)


def asset_mask(static):
    def mask(tag, name, value):
        if name == "integrity":
            return name, "INTEGRITY"
        if name in ("href", "src") and value:
            path = re.sub(r"^[a-z]+://[^/]*", "", value).split("?")[0].split("#")[0]
            rel = path.lstrip("/")
            if rel.endswith(_ASSET_EXT) and not any(rel.endswith(s) for s in static):
                return name, "ASSET"
        return name, value
    return mask


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    args = sys.argv[1:]
    diff_limit = 20
    if "--diff" in args:
        i = args.index("--diff")
        diff_limit = int(args[i + 1])
        del args[i:i + 2]
    hugo_out, kiln_out, site = args
    hugo, kiln = files_under(hugo_out), files_under(kiln_out)
    static = static_files(site)
    mask = asset_mask(static)
    counts = {}
    status = {}
    diffs = []
    for path in sorted(hugo | kiln):
        if path not in kiln:
            st = "missing"
        elif path not in hugo:
            st = "extra"
        else:
            a, b = read(os.path.join(hugo_out, path)), read(os.path.join(kiln_out, path))
            if a == b:
                st = "identical"
            else:
                ca, cb = normalize.canonical(path, a), normalize.canonical(path, b)
                if ca == cb:
                    st = "normalised"
                elif (path.endswith((".html", ".htm")) and isinstance(ca, str)
                      and normalize.canonical(path, a, mask) == normalize.canonical(path, b, mask)):
                    st = "asset-touched"
                else:
                    st = "differs"
                    if len(diffs) < diff_limit:
                        diffs.append((path, ca, cb))
        if st not in ("extra", "missing") and is_asset_output(path, static):
            st = "asset-output:" + ("same" if st in ("identical", "normalised") else st)
        elif st in ("missing", "extra") and is_asset_output(path, static):
            st = "asset-output:" + st
        status[path] = st
        counts[st] = counts.get(st, 0) + 1
    for path in sorted(status):
        print("%-20s %s" % (status[path], path))
    for path, ca, cb in diffs:
        print("\n--- hugo/%s\n+++ kiln/%s" % (path, path))
        if isinstance(ca, bytes) or isinstance(cb, bytes):
            print("(binary or non-UTF-8 content differs)")
            continue
        lines = list(difflib.unified_diff(ca.splitlines(), cb.splitlines(), lineterm="", n=1))
        for line in lines[2:14]:
            print(line[:300])
    total = len(hugo)
    same = sum(1 for p in hugo if status[p] in ("identical", "normalised", "asset-output:same"))
    touched = sum(1 for p in hugo if status[p].startswith("asset"))
    clean_total = total - touched
    clean_same = sum(1 for p in hugo if status[p] in ("identical", "normalised"))
    print("\nsummary: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    print("identical after normalisation: %d/%d (%.1f%%)" %
          (same, total, 100.0 * same / total if total else 0))
    print("not touched by the asset pipeline: %d/%d (%.1f%%)" %
          (clean_same, clean_total, 100.0 * clean_same / clean_total if clean_total else 0))


if __name__ == "__main__":
    main()
