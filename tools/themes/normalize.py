#!/usr/bin/env python3
"""Canonical forms of site output files, so kiln's and hugo's builds can be compared.

  normalize.py FILE        prints FILE's canonical form

HTML (.html, .htm) is parsed with html.parser and re-serialised one token per line:
  * a text run made only of whitespace (between tags) is dropped; inside other text every
    whitespace run becomes one space; text in <pre> and <textarea> is kept as is;
  * tag and attribute names are lower-cased, attributes are sorted by name, values are
    written double-quoted with &, <, > and " escaped (html.parser decodes character
    references in attribute values, so &#39; and ' in an attribute compare equal;
    references in text are kept as written);
  * comments, doctypes and processing instructions are kept verbatim.
XML (.xml) has whitespace between tags removed and other whitespace runs collapsed; JSON
(.json) is compared as parsed values (object key order ignored); other text files have
whitespace runs collapsed and are trimmed; files that are not UTF-8 are compared as bytes.
"""
import html
import html.parser
import json
import re
import sys

_WS = re.compile(r"\s+")
_VERBATIM = {"pre", "textarea"}


class _Canon(html.parser.HTMLParser):
    def __init__(self, attr_filter=None):
        super().__init__(convert_charrefs=False)
        self.out = []
        self._verbatim = 0
        self._text = []
        self._attr_filter = attr_filter

    def _flush(self):
        text = "".join(self._text)
        self._text = []
        if not self._verbatim:
            if not text.strip():
                return
            text = _WS.sub(" ", text)
        if text:
            self.out.append("T " + text)

    def _tag(self, kind, tag, attrs):
        self._flush()
        items = sorted((name.lower(), value) for name, value in attrs)
        if self._attr_filter:
            items = [self._attr_filter(tag, name, value) for name, value in items]
        parts = [tag]
        for name, value in items:
            parts.append(name if value is None
                         else '%s="%s"' % (name, html.escape(value, quote=True)))
        self.out.append(kind + " " + " ".join(parts))

    def handle_starttag(self, tag, attrs):
        self._tag("S", tag, attrs)
        if tag in _VERBATIM:
            self._verbatim += 1

    def handle_startendtag(self, tag, attrs):
        self._tag("E", tag, attrs)

    def handle_endtag(self, tag):
        self._flush()
        if tag in _VERBATIM and self._verbatim:
            self._verbatim -= 1
        self.out.append("/ " + tag)

    def handle_data(self, data):
        self._text.append(data)

    def handle_entityref(self, name):
        self._text.append("&%s;" % name)

    def handle_charref(self, name):
        self._text.append("&#%s;" % name)

    def handle_comment(self, data):
        self._flush()
        self.out.append("C " + data)

    def handle_decl(self, decl):
        self._flush()
        self.out.append("D " + decl)

    def handle_pi(self, data):
        self._flush()
        self.out.append("P " + data)

    def unknown_decl(self, data):
        self._flush()
        self.out.append("U " + data)

    def close(self):
        super().close()
        self._flush()


def canonical_html(text, attr_filter=None):
    """One line per token; attr_filter(tag, name, value) -> (name, value) may mask values."""
    parser = _Canon(attr_filter)
    parser.feed(text)
    parser.close()
    return "\n".join(parser.out) + "\n"


def canonical(path, data, attr_filter=None):
    """The canonical form of a file's bytes: str for text kinds, the bytes otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    lower = path.lower()
    if lower.endswith((".html", ".htm")):
        return canonical_html(text, attr_filter)
    if lower.endswith(".xml"):
        return _WS.sub(" ", re.sub(r">\s+<", "><", text)).strip()
    if lower.endswith(".json"):
        try:
            return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)
        except ValueError:
            pass
    return _WS.sub(" ", text).strip()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: normalize.py FILE")
    with open(sys.argv[1], "rb") as f:
        result = canonical(sys.argv[1], f.read())
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
