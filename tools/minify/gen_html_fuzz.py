#!/usr/bin/env python3
"""Regenerates testdata/minify/html/fuzz/: small random HTML documents that exercise the
minifier's odd corners (stray quotes and entities, unclosed tags, raw text, conditional
comments, attribute spellings), each NNN.html with NNN.want, hugo 0.111.3's minified output
of it with the HTML minifier alone (tools/minify/oracle html-alone).

Usage: tools/minify/gen_html_fuzz.py [COUNT]   (run from the repository root; default 40)
"""
import os
import random
import subprocess
import sys
import tempfile

TAGS = ["p", "div", "span", "a", "b", "i", "pre", "code", "textarea", "style", "li", "ul",
        "td", "tr", "table", "option", "select", "optgroup", "img", "input", "br", "meta",
        "link", "html", "head", "body", "title", "template", "iframe", "button", "em",
        "colgroup", "xmp", "q", "video", "Foo", "P", "DIV", "h1", "section", "noscript",
        "label"]
ATTRS = ["class", "id", "name", "href", "src", "style", "type", "value", "content",
         "http-equiv", "charset", "async", "defer", "checked", "rel", "media", "lang",
         "data-x", "property", "action", "method", "colspan", "srcset", "target", "CLASS",
         "title", "alt"]
SPACES = [" ", "  ", "\n", "\t", " \n ", "\r\n", "\f", ""]
ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;", "&nbsp;", "&copy;",
            "&AElig;", "&#65;", "&#x41;", "&#128512;", "&#x1F600;", "&amp", "&foo;",
            "&DoubleDot;", "&#x;", "&", "&amp;amp;", "&#10;", "&#32;", "&lt", "&#60;"]
WORDS = ["hello", "a", "Tom", "x=y", '"q"', "'s'", "`b`", "<", ">", "=", "/",
         "http://X.com", "HTTPS://a.b/c", "data:,", "text/JavaScript", "Content-Type",
         "text/html; charset=UTF-8", "viewport", "width=device-width, initial-scale=1.0",
         "keywords", "a, b, c", "radio", "on", "", " "]
MARKUP = ["<!-- c -->", "<!--[if IE]><p>  x  </p><![endif]-->", "<!--[if lt IE 9]>x<![endif]-->",
          "<!--#include x-->", "<!DOCTYPE html>", '<!doctype HTML PUBLIC "x">', "<?xml x?>",
          "<![CDATA[ a  b ]]>", "</ x>", "<!---->", "<!--[if !IE]>-->", "<!--<![endif]-->",
          "<br/>", "< p>", "</>", "<!x>"]
RAW = ["", " x  y ", "a < b", "</scrip>", " <b> & </b> "]
RAW_TAGS = ("style", "textarea", "iframe", "xmp")


def text(r):
    return "".join(r.choice([r.choice(WORDS), r.choice(SPACES), r.choice(ENTITIES)])
                   for _ in range(r.randint(0, 5)))


def attr(r):
    name, value = r.choice(ATTRS), text(r)
    quote = r.choice(['"', "'", "", None])
    if quote is None:
        return name
    if quote == "":
        value = "".join(c for c in value if c not in " \n\t\r\f>")
    value = value.replace(quote, "") if quote else value
    return name + r.choice(["=", " = "]) + quote + value + quote


def fragment(r, depth=0):
    out = []
    for _ in range(r.randint(1, 6)):
        k = r.random()
        if k < 0.3:
            out.append(text(r))
        elif k < 0.75 and depth < 4:
            tag = r.choice(TAGS)
            attrs = "".join(r.choice(SPACES[:4]) + attr(r) for _ in range(r.randint(0, 3)))
            inner = r.choice(RAW) if tag.lower() in RAW_TAGS else fragment(r, depth + 1)
            end = r.choice(["</" + tag + ">", "</" + tag.upper() + " >", ""])
            out.append("<" + tag + attrs + r.choice([">", ">", " >", "/>"]) + inner + end)
        elif k < 0.85:
            out.append(r.choice(MARKUP))
        else:
            out.append(r.choice(SPACES))
    return "".join(out)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    out_dir = "testdata/minify/html/fuzz"
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        oracle = os.path.join(tmp, "oracle")
        subprocess.run(["tools/minify/oracle/build.sh", oracle], check=True)
        r = random.Random(2024)
        for i in range(count):
            doc = fragment(r).encode()
            want = subprocess.run([oracle, "html-alone"], input=doc, check=True,
                                  capture_output=True).stdout
            for ext, data in (("html", doc), ("want", want)):
                with open(os.path.join(out_dir, "%03d.%s" % (i, ext)), "wb") as f:
                    f.write(data)
    print(count, "cases")


if __name__ == "__main__":
    main()
