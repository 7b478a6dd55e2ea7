#!/usr/bin/env python3
"""Writes a 61x45 photo-like PPM (gradients, edges and noise) to stdout: the source the JPEG
test images are encoded from by tools/images/regen."""
import random
import sys

random.seed(3)
w, h = 61, 45
out = bytearray(b"P6\n%d %d\n255\n" % (w, h))
for y in range(h):
    for x in range(w):
        edge = 90 if (x - 30) ** 2 + (y - 20) ** 2 < 150 else 0
        r = (x * 4 + edge + random.randint(0, 25)) % 256
        g = (y * 5 + random.randint(0, 25)) % 256
        b = (255 - x * 3 - y * 2 + edge // 2 + random.randint(0, 25)) % 256
        out += bytes((r, g, b))
sys.stdout.buffer.write(out)
