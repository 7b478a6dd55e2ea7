#!/usr/bin/env python3
"""Regenerates src/hugo/funcs/number_locales.inc: how hugo 0.111 prints lang.FormatNumber,
lang.FormatPercent, lang.FormatCurrency and lang.FormatAccounting for each language key
that tools/funcs/gen_time_locales.py probes.

For each key, hugo builds a one-page site with defaultContentLanguage set to it and a layout
printing probes. From them come the decimal and group separators, whether the groups above
the first are of two digits (Indian grouping), and for each function a pattern for a
positive and a negative number: the text with the absolute number replaced by {n} (grouped)
or {N} (not grouped) and the currency symbol by {s}; currencies get at least two decimals
unless the locale is one of the few whose output shows it does not pad them. A currency's symbol in the locale is
read from FormatCurrency for every currency code hugo knows; codes printed as themselves are
left out. Every locale is then checked against a grid of numbers and precisions formatted by
hugo; a key whose output the patterns do not reproduce, or whose output is English's, is
left out (kiln then falls back as for a key hugo does not know).

Usage: tools/funcs/gen_number_locales.py   (from the repository root; needs hugo 0.111.3)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_time_locales import LANGUAGES, cquote, run as run_site  # noqa: E402

# The currency codes of hugo's locale library, in its order.
CURRENCIES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                               "currency_codes.txt")).read().split()
PROBE = "1234567.891"
FUNCS = ["FormatNumber", "FormatPercent", "FormatCurrency", "FormatAccounting"]
GRID = ["0", "1", "-1", "0.5", "-0.5", "2.5", "1.005", "12.345", "-1234.5678", "1234567.891",
        "-1234567890.12345", "0.125", "-0.001", "100000", "1e15"]
CHECK_CURRENCIES = ["XTS", "USD", "EUR", "JPY", "INR"]


def probes():
    calls = []
    for f in FUNCS:
        cur = ' "XTS"' if "Currency" in f or "Accounting" in f else ""
        calls += ["%s 2%s %s" % (f, cur, PROBE), "%s 2%s -%s" % (f, cur, PROBE)]
    calls.append("FormatNumber 0 123456789")
    calls += ['FormatCurrency 2 "%s" %s' % (c, PROBE) for c in CURRENCIES]
    for f in FUNCS:
        curs = CHECK_CURRENCIES if "Currency" in f or "Accounting" in f else [None]
        for c in curs:
            for v in GRID:
                for p in range(5):
                    calls.append("%s %d%s %s" % (f, p, ' "%s"' % c if c else "", v))
    return calls


def run(lang, calls):
    return run_site(lang, "".join("{{ lang.%s }}\n" % c for c in calls))


def fmt_float(v, p):
    """Go's strconv.FormatFloat(|v|, 'f', p, 64): exact decimal rounding, as "%.*f" is."""
    return "%.*f" % (p, abs(float(v)))


def group(whole, sep, secondary):
    out, size, count = "", 3, 0
    for c in reversed(whole):
        if count == size:
            out = sep + out
            count = 0
            size = secondary
        out = c + out
        count += 1
    return out


def body(loc, v, p, grouped, pad):
    s = fmt_float(v, p)
    whole, _, frac = s.partition(".")
    text = group(whole, loc["group"], loc["secondary"]) if grouped else whole
    if frac:
        text += loc["decimal"] + frac
    if pad and loc["pad"] and p < 2:
        text += (loc["decimal"] if p == 0 else "") + "0" * (2 - p)
    return text


def apply(loc, func, v, p, symbol):
    pat = loc[func][1 if float(v) < 0 else 0]
    pad = "Currency" in func or "Accounting" in func
    return (pat.replace("{n}", body(loc, v, p, True, pad))
            .replace("{N}", body(loc, v, p, False, pad)).replace("{s}", symbol))


def derive(lang, lines, pad):
    number_neg = lines[1]
    loc = {"key": lang, "pad": pad}
    # "-1.234.567,89": the decimal separator precedes the last two digits.
    digits = number_neg.rstrip("0123456789")
    loc["decimal"] = digits[digits.rfind("7") + 1:]
    grouped = lines[8]  # 123456789 without decimals: "123.456.789", "12,34,56,789"
    sep = re.search(r"[^0-9]+", grouped)
    loc["group"] = sep.group(0) if sep else ""
    parts = grouped.split(loc["group"]) if sep else [grouped]
    loc["secondary"] = 2 if len(parts) > 1 and len(parts[1]) == 2 else 3
    for i, f in enumerate(FUNCS):
        pad = "Currency" in f or "Accounting" in f
        pats = []
        for line, v in ((lines[2 * i], PROBE), (lines[2 * i + 1], "-" + PROBE)):
            g, u = body(loc, v, 2, True, pad), body(loc, v, 2, False, pad)
            if g in line:
                line = line.replace(g, "{n}", 1)
            elif u in line:
                line = line.replace(u, "{N}", 1)
            else:
                return None
            if pad:
                if "XTS" not in line:
                    return None
                line = line.replace("XTS", "{s}")
            pats.append(line)
        loc[f] = pats
    symbols = {}
    full = loc["FormatCurrency"][0].replace("{n}", body(loc, PROBE, 2, True, True)).replace(
        "{N}", body(loc, PROBE, 2, False, True))
    before, _, after = full.partition("{s}")
    for code, line in zip(CURRENCIES, lines[9:9 + len(CURRENCIES)]):
        if not line.startswith(before) or not line.endswith(after):
            return None
        sym = line[len(before):len(line) - len(after)]
        if sym != code:
            symbols[code] = sym
    loc["symbols"] = symbols
    return loc


def check(loc, lines):
    i = 9 + len(CURRENCIES)
    for f in FUNCS:
        curs = CHECK_CURRENCIES if "Currency" in f or "Accounting" in f else [None]
        for c in curs:
            sym = loc["symbols"].get(c, c) if c else ""
            for v in GRID:
                for p in range(5):
                    if apply(loc, f, v, p, sym) != lines[i]:
                        print("mismatch", loc["key"], f, c, v, p, apply(loc, f, v, p, sym),
                              lines[i])
                        return False
                    i += 1
    return True


def main():
    calls = probes()
    rows = []
    english = None
    for lang in ["en"] + [l for l in LANGUAGES if l != "en"]:
        lines = run(lang, calls)
        if lines is None:
            print("skip", lang, "(hugo fails)")
            continue
        if lang == "en":
            english = lines
        elif lines == english:
            continue
        # Most locales print currencies with at least two decimals; a few do not.
        loc = derive(lang, lines, True)
        if loc is None or not check(loc, lines):
            loc = derive(lang, lines, False)
        if loc is None or not check(loc, lines):
            print("skip", lang)
            continue
        rows.append(loc)
    out = ["// Generated by tools/funcs/gen_number_locales.py from hugo 0.111.3's output; do not edit.",
           "// The currency codes hugo knows, then for each language key: {key, decimal, group,",
           "//  whether the groups above the first have two digits, whether currencies have at least",
           "//  two decimals, {positive, negative} patterns of",
           "//  FormatNumber, FormatPercent, FormatCurrency and FormatAccounting, and \"CODE=symbol\"",
           "//  lines for the symbols other than the code}.",
           "constexpr std::string_view kCurrencyCodes =",
           "    %s;" % cquote(" ".join(CURRENCIES)),
           "constexpr NumberLocale kNumberLocales[] = {"]
    for loc in rows:
        out.append("{%s, %s, %s, %s, %s," % (cquote(loc["key"]), cquote(loc["decimal"]),
                                             cquote(loc["group"]),
                                             "true" if loc["secondary"] == 2 else "false",
                                             "true" if loc["pad"] else "false"))
        out.append(" {%s}," % ", ".join("{%s, %s}" % (cquote(loc[f][0]), cquote(loc[f][1]))
                                        for f in FUNCS))
        syms = "".join("%s=%s\n" % kv for kv in sorted(loc["symbols"].items()))
        out.append(" %s}," % cquote(syms))
    out.append("};")
    with open("src/hugo/funcs/number_locales.inc", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(rows), "languages")


if __name__ == "__main__":
    main()
