#!/usr/bin/env python3
"""What a search page's bytes are made of: reads the page's HTML on stdin, prints one PARTS line.

Usage: curl -s URL | tools/load/page-parts.py LABEL
"""
import re
import sys

html = sys.stdin.read()


def total(pattern):
    return sum(len(m) for m in re.findall(pattern, html, re.S))


filters = total(r'<form method="get" action="/[^"]*" id="search-form".*?</form>')
# A card runs to the next card or the end of the list (cards hold nested lists of their own).
cards = re.findall(r'<li class="result".*?</li>\s*(?=<li class="result"|</ol>)', html, re.S)
cards_bytes = sum(len(c) for c in cards)
map_bytes = total(r"<svg.*?</svg>") + total(r'<details class="map-list".*?</details>')
rest = len(html) - filters - cards_bytes - map_bytes
print(f"PARTS {sys.argv[1] if len(sys.argv) > 1 else ''} filters_bytes={filters} cards={len(cards)} "
      f"cards_bytes={cards_bytes} map_bytes={map_bytes} rest_bytes={rest}")
