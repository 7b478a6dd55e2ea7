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
    for f in FUNCS:
        cur = ' "XTS"' if "Currency" in f or "Accounting" in f else ""
        calls.append("%s 0%s 123456789" % (f, cur))
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


def body(loc, v, p, grouped, pad, func):
    st = loc["styles"][func]
    s = fmt_float(v, p)
    whole, _, frac = s.partition(".")
    text = group(whole, st["group"], st["secondary"]) if grouped else whole
    if frac:
        text += st["decimal"] + frac
    if pad and loc["pad"] and p < 2:
        text += (st["decimal"] if p == 0 else "") + "0" * (2 - p)
    return text


def apply(loc, func, v, p, symbol):
    pat = loc[func][1 if float(v) < 0 else 0]
    pad = "Currency" in func or "Accounting" in func
    return (pat.replace("{n}", body(loc, v, p, True, pad, func))
            .replace("{N}", body(loc, v, p, False, pad, func)).replace("{s}", symbol))


def derive(lang, lines, pad):
    loc = {"key": lang, "pad": pad, "styles": {}}
    # Each function has its own separators in hugo's library (Persian numbers have none).
    for i, f in enumerate(FUNCS):
        # "-1.234.567,89": the decimal separator is between the 7 and the last 89.
        neg = lines[2 * i + 1]
        end = neg.rfind("89")
        decimal = neg[neg.rfind("7", 0, end) + 1:end]
        grouped = lines[8 + i]  # 123456789 without decimals: "123.456.789", "12,34,56,789"
        digits = grouped[grouped.find("1"):grouped.rfind("9") + 1]
        sep = re.search(r"[^0-9]+", digits)
        group_sep = sep.group(0) if sep else ""
        parts = digits.split(group_sep) if sep else [digits]
        loc["styles"][f] = {"decimal": decimal, "group": group_sep,
                            "secondary": 2 if len(parts) > 1 and len(parts[1]) == 2 else 3}
    for i, f in enumerate(FUNCS):
        pad = "Currency" in f or "Accounting" in f
        pats = []
        for line, v in ((lines[2 * i], PROBE), (lines[2 * i + 1], "-" + PROBE)):
            g, u = body(loc, v, 2, True, pad, f), body(loc, v, 2, False, pad, f)
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
    full = apply(loc, "FormatCurrency", PROBE, 2, "{s}")
    before, _, after = full.partition("{s}")
    for code, line in zip(CURRENCIES, lines[12:12 + len(CURRENCIES)]):
        if not line.startswith(before) or not line.endswith(after):
            return None
        sym = line[len(before):len(line) - len(after)]
        if sym != code:
            symbols[code] = sym
    loc["symbols"] = symbols
    return loc


def check(loc, lines):
    i = 12 + len(CURRENCIES)
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
           "// The currency codes hugo knows, then for each language key: {key, whether currencies",
           "//  have at least two decimals, for FormatNumber, FormatPercent, FormatCurrency and",
           "//  FormatAccounting {positive pattern, negative pattern, decimal, group, whether the",
           "//  groups above the first have two digits}, and \"CODE=symbol\" lines for the symbols",
           "//  other than the code}.",
           "constexpr std::string_view kCurrencyCodes =",
           "    %s;" % cquote(" ".join(CURRENCIES)),
           "constexpr NumberLocale kNumberLocales[] = {"]
    for loc in rows:
        out.append("{%s, %s," % (cquote(loc["key"]), "true" if loc["pad"] else "false"))
        styles = []
        for f in FUNCS:
            st = loc["styles"][f]
            styles.append("{%s, %s, %s, %s, %s}" % (
                cquote(loc[f][0]), cquote(loc[f][1]), cquote(st["decimal"]), cquote(st["group"]),
                "true" if st["secondary"] == 2 else "false"))
        out.append(" {%s}," % ",\n  ".join(styles))
        syms = "".join("%s=%s\n" % kv for kv in sorted(loc["symbols"].items()))
        out.append(" %s}," % cquote(syms))
    out.append("};")
    with open("src/hugo/funcs/number_locales.inc", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(rows), "languages")


if __name__ == "__main__":
    main()
