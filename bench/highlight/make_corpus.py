#!/usr/bin/env python3
"""Writes a deterministic corpus of code blocks standing in for the code of a 10,000-page
site: one block per page, in 22 languages, each a realistic sample with its identifiers and
numbers varied per page.

Usage: bench/highlight/make_corpus.py OUT [--blocks 10000]
Format, per block: the language on a line, the code's length in bytes on a line, the code.
"""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'tools', 'highlight'))
from gen_golden import SAMPLES  # noqa: E402


def vary(code, rng):
    """Renames identifiers-looking words and numbers so blocks are not identical."""
    suffix = rng.choice(['', 'x', 'Val', '_2', 'Item', 'Count'])
    code = re.sub(r'\b(name|value|counter|items_|users|greet|main|Stack|Greeter|n|x|m|f)\b',
                  lambda mo: mo.group(0) + suffix, code)
    return re.sub(r'\b\d+\b', lambda mo: str(rng.randint(0, 9999)), code)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--blocks', type=int, default=10000)
    args = ap.parse_args()
    rng = random.Random(4)
    langs = sorted(SAMPLES)
    with open(args.out, 'wb') as f:
        for i in range(args.blocks):
            lang = langs[i % len(langs)]
            # Longer blocks repeat the sample, as real posts show whole files.
            code = '\n\n'.join(vary(SAMPLES[lang], rng) for _ in range(rng.randint(1, 4))) + '\n'
            data = code.encode()
            f.write(b'%s\n%d\n' % (lang.encode(), len(data)) + data)


if __name__ == '__main__':
    main()
