#!/usr/bin/env python3
"""Regenerates testdata/highlight/*.txtar: expected highlighting HTML produced by the real hugo
(0.111.3, Chroma 2.5.0) for code fences and for the `highlight` template function.

Usage: tools/highlight/gen_golden.py [--hugo hugo] [--out testdata/highlight]

Each case becomes one txtar archive with the files:
  kind     "fence" (a Markdown code fence) or "function" (the highlight template function)
  config   the [markup.highlight] settings of the site, one `key = value` per line (TOML)
  lang     the language given to the fence or function
  attrs    (fences) the fence's attribute block as written in Markdown, without braces
  options  the same options in hugo's option-string form, which kiln's API takes
  code     the code exactly as the highlighter receives it (a fence's content keeps its final
           newline), plus one newline that txtar needs
  want     hugo's HTML output
"""
import argparse
import json
import os
import shutil
import subprocess
import tempfile

GO = '''package main

import "fmt"

// main prints a greeting.
func main() {
\tfor i := 0; i < 3; i++ {
\t\tfmt.Println("hello", i, `raw`)
\t}
}'''

SAMPLES = {
    'go': GO,
    'python': '''import os

class Greeter:
    """Says hello."""
    def greet(self, name: str) -> str:
        return f"hello {name}" if name else 'nobody'  # comment

print(Greeter().greet(os.getenv("USER")))''',
    'javascript': '''// A counter
const counter = (start = 0) => {
  let n = start;
  return { next: () => ++n, reset() { n = 0; } };
};
console.log(`value: ${counter(3).next()}`, /ab+c/gi.test("abbc"));''',
    'typescript': '''interface User { id: number; name?: string }
export function find(users: User[], id: number): User | undefined {
  return users.find((u) => u.id === id);
}''',
    'rust': '''use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    println!("{:?} {}", m, 'c' as u8);
}''',
    'c': '''#include <stdio.h>
#define N 10
int main(int argc, char **argv) {
    /* loop */
    for (int i = 0; i < N; i++) printf("%d\\n", i);
    return 0;
}''',
    'cpp': '''#include <vector>
template <typename T>
class Stack {
 public:
  void Push(T v) { items_.push_back(std::move(v)); }
 private:
  std::vector<T> items_;  // storage
};''',
    'java': '''package demo;

public class Main {
    @Override
    public String toString() { return "Main" + 42L; }
    public static void main(String[] args) { System.out.println(new Main()); }
}''',
    'bash': '''#!/bin/bash
set -euo pipefail
for f in *.md; do
  echo "file: $f" | tr a-z A-Z > "${f%.md}.txt"  # upper
done
if [[ -n "${HOME:-}" ]]; then cd ~; fi''',
    'html': '''<!DOCTYPE html>
<html lang="en">
<head><style>body { color: red; }</style></head>
<body>
  <!-- comment -->
  <a href="/x?a=1&amp;b=2" class='btn'>Link</a>
  <script>let x = 1 < 2;</script>
</body>
</html>''',
    'css': '''@media (max-width: 600px) {
  .nav > li:hover, #main::before {
    color: #ff0000 !important;
    margin: 0 auto 1.5em;
  }
}''',
    'yaml': '''# config
title: "My Site"
params:
  list: [1, 2, 3]
  enabled: true
  multi: |
    line one
    line two''',
    'toml': '''baseURL = "https://example.org/"
title = 'Site'
[params]
  count = 3
  when = 2023-01-01T00:00:00Z
  tags = ["a", "b"]''',
    'json': '''{
  "name": "kiln",
  "version": 1.5,
  "tags": ["ssg", null, true],
  "nested": {"a": -1e10}
}''',
    'sql': '''SELECT u.id, COUNT(*) AS n
FROM users u
LEFT JOIN posts p ON p.user_id = u.id
WHERE u.name LIKE 'a%' -- filter
GROUP BY u.id HAVING n > 2;''',
    'ruby': '''class Greeter < Base
  attr_reader :name
  def greet(who = "world")
    puts "Hello, #{who}!" unless who.nil?
    [1, 2].map { |x| x * 2 }
  end
end''',
    'php': '''<?php
namespace App;
function greet(string $name): string {
    return "Hello, {$name}!"; // greet
}
echo greet('world');''',
    'dockerfile': '''FROM golang:1.19 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app && \\
    strip /out/app
ENV PORT=8080
CMD ["/out/app", "--port", "8080"]''',
    'makefile': '''CC ?= gcc
CFLAGS := -O2 -Wall

all: app

app: main.o util.o
\t$(CC) $(CFLAGS) -o $@ $^

.PHONY: clean
clean:
\trm -f *.o app''',
    'markdown': '''# Title

Some *emphasis* and **strong** text with `code`.

- item one
- [link](https://example.org)

> quote''',
    'diff': '''--- a/file.txt
+++ b/file.txt
@@ -1,3 +1,3 @@
 same
-old line
+new line''',
    'postgresql': '''CREATE TABLE t (id serial PRIMARY KEY, body text);
INSERT INTO t (body) VALUES ($$it's$$), (E'esc\\n');''',
    'mysql': '''SELECT `id`, name FROM `users` WHERE id = 1 LIMIT 10;''',
}

TABBED = 'func f() {\n\tif x {\n\t\treturn\n\t}\n}'
PLAIN = 'line one <b>&</b>\nline two\nline three\nline four\nline five\nline six'

HL_RANGES = 'linenos=table,hl_lines=[2,"4-5"],linenostart=10'


def cases():
    """Yields (name, site_config_dict, kind, lang, attrs, options, code)."""
    default = {}
    for lang, code in SAMPLES.items():
        yield ('fence-%s' % lang, default, 'fence', lang, '', '', code)
    for lang in ['go', 'python', 'bash', 'html', 'yaml', 'sql']:
        yield ('fence-%s-table' % lang, default, 'fence', lang, HL_RANGES,
               'linenos=table,hl_lines=2 4-5,linenostart=10', SAMPLES[lang])
    yield ('fence-go-inline', default, 'fence', 'go', 'linenos=inline',
           'linenos=inline', GO)
    yield ('fence-go-inline-hl', default, 'fence', 'go', 'linenos=inline,hl_lines=[1,3,"6-7"]',
           'linenos=inline,hl_lines=1 3 6-7', GO)
    yield ('fence-go-linenos-true', default, 'fence', 'go', 'linenos=true',
           'linenos=true', GO)
    yield ('fence-go-hl-only', default, 'fence', 'go', 'hl_lines=[2,"4-5"]',
           'hl_lines=2 4-5', GO)
    yield ('fence-go-anchors-inline', default, 'fence', 'go',
           'linenos=inline,anchorlinenos=true,lineanchors=L',
           'linenos=inline,anchorlinenos=true,lineanchors=L', GO)
    yield ('fence-go-anchors-table', default, 'fence', 'go',
           'linenos=table,anchorlinenos=true,lineanchors=src,linenostart=98',
           'linenos=table,anchorlinenos=true,lineanchors=src,linenostart=98', GO)
    yield ('fence-go-style-github', default, 'fence', 'go', 'style=github',
           'style=github', GO)
    yield ('fence-unknown', default, 'fence', 'nosuchlang', '', '', PLAIN)
    yield ('fence-nolang', default, 'fence', '', '', '', PLAIN)
    yield ('fence-text', default, 'fence', 'text', '', '', PLAIN)
    yield ('fence-go-tabwidth8', {'tabWidth': 8}, 'fence', 'go', '', '', TABBED)
    yield ('fence-go-tabwidth2', {'tabWidth': 2}, 'fence', 'go', '', '', TABBED)
    yield ('fence-go-classes', {'noClasses': False}, 'fence', 'go', '', '', GO)
    yield ('fence-go-classes-table', {'noClasses': False}, 'fence', 'go', HL_RANGES,
           'linenos=table,hl_lines=2 4-5,linenostart=10', GO)
    yield ('fence-go-classes-inline-anchors', {'noClasses': False}, 'fence', 'go',
           'linenos=inline,anchorlinenos=true,lineanchors=x,hl_lines=[2]',
           'linenos=inline,anchorlinenos=true,lineanchors=x,hl_lines=2', GO)
    yield ('fence-guess-bash', {'guessSyntax': True}, 'fence', '', '', '',
           '#!/bin/bash\necho hi')
    yield ('fence-guess-plain', {'guessSyntax': True}, 'fence', '', '', '', PLAIN)
    yield ('fence-site-table', {'lineNos': True, 'lineNumbersInTable': True}, 'fence', 'go',
           '', '', GO)
    yield ('fence-site-inline', {'lineNos': True, 'lineNumbersInTable': False}, 'fence', 'go',
           '', '', GO)
    yield ('fence-site-style-dracula', {'style': 'dracula'}, 'fence', 'rust', '', '',
           SAMPLES['rust'])
    yield ('fence-site-style-solarized', {'style': 'solarized-light'}, 'fence', 'python', '',
           '', SAMPLES['python'])
    yield ('fence-nohl', {'noHl': True}, 'fence', 'go', '', '', GO)
    yield ('fence-nohl-hl-lines', {'noHl': True}, 'fence', 'go', 'hl_lines=[2]',
           'hl_lines=2', GO)
    yield ('fence-crlf', default, 'fence', 'go', '', '', 'a := 1\r\nb := 2')
    yield ('fence-empty-lines', default, 'fence', 'python', '', '', 'x = 1\n\n\ny = 2')
    yield ('function-go', default, 'function', 'go', None, '', GO + '\n')
    yield ('function-go-table', default, 'function', 'go', None,
           'linenos=table,hl_lines=2 4-5,linenostart=10', GO + '\n')
    yield ('function-go-inline-anchors', default, 'function', 'go', None,
           'linenos=inline,anchorlinenos=true,lineanchors=fn', GO)
    yield ('function-hl-inline', default, 'function', 'go', None, 'hl_inline=true',
           'x := fmt.Sprintf("%d", 1)')
    yield ('function-hl-inline-unknown', default, 'function', 'nosuchlang', None,
           'hl_inline=true', 'a < b')
    yield ('function-unknown', default, 'function', 'nosuchlang', None, '', PLAIN)
    yield ('function-classes', default, 'function', 'python', None,
           'noClasses=false,linenos=inline', SAMPLES['python'])
    yield ('function-style', default, 'function', 'javascript', None,
           'style=monokailight,tabWidth=2', SAMPLES['javascript'])
    yield ('function-no-trailing-newline', default, 'function', 'text', None, '',
           'one\ntwo')
    yield ('function-html-table', default, 'function', 'html', None,
           'linenos=table,linenostart=0', SAMPLES['html'])


def toml_value(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    return json.dumps(v)


def config_text(cfg):
    return ''.join('%s = %s\n' % (k, toml_value(v)) for k, v in sorted(cfg.items()))


def build(hugo, group):
    """Builds one site holding every case of `group` (all share a config); returns outputs."""
    site = tempfile.mkdtemp(prefix='kiln-hl-')
    try:
        cfg = group[0][1]
        with open(os.path.join(site, 'config.toml'), 'w') as f:
            f.write('baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", '
                    '"RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n'
                    '[markup.highlight]\n' + config_text(cfg))
        os.makedirs(os.path.join(site, 'layouts', '_default'))
        with open(os.path.join(site, 'layouts', '_default', 'single.html'), 'w') as f:
            f.write('@@BEGIN@@{{ if .Params.fn }}{{ highlight .Params.code .Params.lang '
                    '.Params.opts }}{{ else }}{{ .Content }}{{ end }}@@END@@')
        os.makedirs(os.path.join(site, 'content'))
        for name, _, kind, lang, attrs, options, code in group:
            fm = {'title': name}
            body = ''
            if kind == 'function':
                fm.update({'fn': True, 'code': code, 'lang': lang, 'opts': options})
            else:
                info = lang + (' {' + attrs + '}' if attrs else '')
                body = '```' + info + '\n' + code + '\n```\n'
            with open(os.path.join(site, 'content', name + '.md'), 'w', newline='') as f:
                f.write(json.dumps(fm) + '\n' + body)
        subprocess.run([hugo, '--quiet', '-s', site], check=True)
        out = {}
        for name, *_ in group:
            with open(os.path.join(site, 'public', name, 'index.html'), newline='') as f:
                html = f.read()
            out[name] = html[html.index('@@BEGIN@@') + 9:html.index('@@END@@')]
        return out
    finally:
        shutil.rmtree(site)


CSS_STYLES = ['monokai', 'github', 'dracula', 'friendly', 'solarized-dark', 'vs']


def write_css(hugo, out, version):
    """`hugo gen chromastyles` for a few styles: the CSS for noClasses=false."""
    for style in CSS_STYLES:
        css = subprocess.run([hugo, 'gen', 'chromastyles', '--style=' + style], check=True,
                             capture_output=True, text=True).stdout
        with open(os.path.join(out, 'css-%s.txtar' % style), 'w', newline='') as f:
            f.write('Generated by tools/highlight/gen_golden.py with %s\n' % version.strip() +
                    '-- style --\n%s\n-- want --\n%s' % (style, css))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--hugo', default='hugo')
    ap.add_argument('--out', default='testdata/highlight')
    args = ap.parse_args()
    groups = {}
    for case in cases():
        groups.setdefault(config_text(case[1]), []).append(case)
    os.makedirs(args.out, exist_ok=True)
    version = subprocess.run([args.hugo, 'version'], capture_output=True, text=True).stdout
    write_css(args.hugo, args.out, version)
    for group in groups.values():
        outputs = build(args.hugo, group)
        for name, cfg, kind, lang, attrs, options, code in group:
            # Files must end with a newline in txtar: the test strips exactly one from
            # each file, so one is always added here.
            files = [('kind', kind + '\n'), ('config', config_text(cfg)), ('lang', lang + '\n')]
            if attrs is not None:
                files.append(('attrs', attrs + '\n'))
            received = code + '\n' if kind == 'fence' else code
            files += [('options', options + '\n'), ('code', received + '\n'),
                      ('want', outputs[name] + '\n')]
            comment = ('Generated by tools/highlight/gen_golden.py with %s' % version.strip() +
                       '\n')
            with open(os.path.join(args.out, name + '.txtar'), 'w', newline='') as f:
                f.write(txtar_raw(files, comment))


def txtar_raw(files, comment):
    return comment + ''.join('-- %s --\n%s' % (n, d) for n, d in files)


if __name__ == '__main__':
    main()
