#!/usr/bin/env python3
"""Regenerates src/hugo/funcs/time_locales.inc: the month and weekday names and the
":date_*"/":time_*" layouts hugo 0.111 prints for each language key it localises.

For each key of LANGUAGES, hugo builds a one-page site with defaultContentLanguage set to
it and a layout printing the names (time.Format "January" / "Monday") and the named
layouts for probe times. The named layouts' output for 2023-09-07 15:04:56 UTC is turned
into a pattern of placeholders ({yyyy} {yy} {MMMM} {MMM} {MM} {M} {dd} {d} {EEEE} {HH} {H}
{hh} {h} {mm} {m} {ss} {s} {a} {z}); abbreviated month names come from the medium date of every month,
the day-period names from a morning and an afternoon time; the abbreviated names hugo
puts for Go's "Jan" and "Mon" from those layouts alone. Keys whose output is English's,
or whose output does not reduce to such a pattern, are left out: kiln
then falls back as for a key hugo does not know (defaultContentLanguage's locale, English).

Usage: tools/funcs/gen_time_locales.py   (from the repository root; needs hugo 0.111.3)
"""
import os
import subprocess
import tempfile

LANGUAGES = """af ar bg bn ca cs cy da de el en eo es et eu fa fi fil fr ga gl he hi hr hu hy id
is it ja ka kk km kn ko lt lv mk ml mn mr ms my nb ne nl nn no pa pl pt ro ru si sk sl sq sr
sv sw ta te th tr uk ur uz vi zh""".split()
# Regional keys sites commonly use; hugo's locale library knows some of them (pt-br,
# zh-hant, sr-latn, ...) and not others (zh-cn), which then fall back as any unknown key.
LANGUAGES += """ar-eg ar-sa bn-bd ca-es cs-cz da-dk de-at de-ch de-de el-gr en-au en-ca en-gb
en-ie en-in en-nz en-us en-za es-419 es-ar es-cl es-co es-es es-mx es-us fa-ir fi-fi fr-be
fr-ca fr-ch fr-fr he-il hi-in hr-hr hu-hu id-id it-ch it-it ja-jp ko-kr ms-my nb-no nl-be
nl-nl nn-no pl-pl pt-br pt-pt ro-ro ru-ru sk-sk sl-si sr-cyrl sr-latn sv-se th-th tr-tr
uk-ua vi-vn zh-cn zh-hans zh-hant zh-hk zh-tw""".split()
NAMED = [":date_full", ":date_long", ":date_medium", ":date_short",
         ":time_full", ":time_long", ":time_medium", ":time_short"]
PROBE = "2023-09-07T15:04:56Z"
LAYOUT = ("{{ range seq 12 }}{{ time.Format \"January\" (time (printf \"2023-%02d-07T15:04:56Z\" .)) }}"
          "\n{{ end }}{{ range seq 7 }}{{ time.Format \"Monday\" (time (printf \"2023-01-%02d\" .)) }}"
          "\n{{ end }}{{ range seq 12 }}{{ time.Format \":date_medium\" (time (printf \"2023-%02d-07T15:04:56Z\" .)) }}"
          "\n{{ end }}{{ range seq 12 }}{{ time.Format \"Jan\" (time (printf \"2023-%02d-07T15:04:56Z\" .)) }}"
          "\n{{ end }}{{ range seq 7 }}{{ time.Format \"Mon\" (time (printf \"2023-01-%02d\" .)) }}"
          "\n{{ end }}{{ range slice \":time_full\" \":time_long\" \":time_medium\" }}"
          "{{ time.Format . (time \"2023-09-07T15:04:05Z\") }}\n{{ end }}"
          "{{ time.Format \":time_short\" (time \"2023-09-07T03:04:56Z\") }}\n"
          + "".join("{{ time.Format \"%s\" (time \"%s\") }}\n" % (n, PROBE) for n in NAMED))


def run(lang, layout=LAYOUT):
    """The lines of the home page of a one-page site in `lang` with `layout`, or None when
    hugo fails (its locale library does for a few keys)."""
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "layouts"))
        with open(os.path.join(d, "config.toml"), "w") as f:
            f.write('baseURL = "https://example.org/"\ndefaultContentLanguage = "%s"\n'
                    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", '
                    '"section", "page"]\n' % lang)
        with open(os.path.join(d, "layouts", "index.html"), "w") as f:
            f.write(layout)
        if subprocess.run(["hugo", "--quiet", "-s", d], stderr=subprocess.DEVNULL).returncode:
            return None
        with open(os.path.join(d, "public", "index.html"), encoding="utf-8") as f:
            return f.read().split("\n")


def middles(values):
    """The parts of `values` between their longest common prefix and suffix."""
    pre = os.path.commonprefix(values)
    suf = os.path.commonprefix([v[len(pre):][::-1] for v in values])[::-1]
    return pre, suf, [v[len(pre):len(v) - len(suf)] for v in values]


def pattern(text, names):
    """`text` with the probe's values replaced by placeholders, or None when digits stay."""
    for value, token in names:
        if value:
            text = text.replace(value, "\x00" + token + "\x01")
    for value, token in [("2023", "yyyy"), ("09", "MM"), ("07", "dd"), ("15", "HH"),
                         ("03", "hh"), ("04", "mm"), ("56", "ss"), ("23", "yy"), ("9", "M"),
                         ("7", "d"), ("3", "h"), ("4", "m"), ("UTC", "z")]:
        text = text.replace(value, "\x00" + token + "\x01")
    plain = "".join(p.split("\x01", 1)[-1] for p in text.split("\x00"))
    if any(c.isdigit() for c in plain):
        return None
    return text.replace("\x00", "{").replace("\x01", "}")


def cquote(s):
    out = '"'
    for c in s:
        if c in '"\\':
            out += "\\" + c
        elif ord(c) < 32:
            out += "\\%03o" % ord(c)
        else:
            out += c  # UTF-8 as it is
    return out + '"'


def main():
    english = run("en")
    rows = []
    for lang in LANGUAGES:
        lines = run(lang) if lang != "en" else english
        if lines is None:
            continue
        if lang != "en" and lines == english:
            continue
        months, days = lines[0:12], lines[12:19]
        mediums = lines[19:31]
        go_months, go_days = lines[31:43], lines[43:50]
        seconds_times, am_time, named = lines[50:53], lines[53], lines[54:62]
        _, _, abbr = middles(mediums)
        _, _, periods = middles([am_time, named[7]])
        am, pm = periods
        if all(c.isdigit() for c in am + pm):  # a 24-hour clock: the hours differ
            am = pm = ""
        names = [(days[4], "EEEE"), (months[8], "MMMM")]
        if not abbr[8].isdigit():  # numeric months are {MM} or {M}
            names.append((abbr[8], "MMM"))
        names.append((pm, "a"))
        patterns = [pattern(t, names) for t in named]
        if "03" not in am_time:  # the 24-hour hour is not padded
            patterns = [p and p.replace("{HH}", "{H}") for p in patterns]
        for i, text in enumerate(seconds_times):  # are the seconds padded?
            if "05" not in text and patterns[4 + i]:
                patterns[4 + i] = patterns[4 + i].replace("{ss}", "{s}")
        if any(p is None for p in patterns) or len(set(abbr)) != 12:
            print("skip", lang, named)
            continue
        rows.append((lang, months, days, go_months, go_days, abbr, am, pm, patterns))
    out = ["// Generated by tools/funcs/gen_time_locales.py from hugo 0.111.3's output; do not edit.",
           "// {key, {months, weekdays (Sunday first)}, abbreviated months and weekdays,",
           "//  the months of :date_medium, am, pm,",
           "//  :date_full, :date_long, :date_medium, :date_short,",
           "//  :time_full, :time_long, :time_medium, :time_short}"]
    for lang, months, days, go_months, go_days, abbr, am, pm, patterns in rows:
        out.append("{%s," % cquote(lang))
        out.append(" {{%s}," % ", ".join(cquote(m) for m in months))
        out.append("  {%s}}," % ", ".join(cquote(d) for d in days))
        out.append(" {%s}," % ", ".join(cquote(m) for m in go_months))
        out.append(" {%s}," % ", ".join(cquote(d) for d in go_days))
        out.append(" {%s}," % ", ".join(cquote(m) for m in abbr))
        out.append(" %s, %s," % (cquote(am), cquote(pm)))
        out.append(" {%s}}," % ", ".join(cquote(p) for p in patterns))
    with open("src/hugo/funcs/time_locales.inc", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(rows), "languages")


if __name__ == "__main__":
    main()
