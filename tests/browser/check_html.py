#!/usr/bin/env python3
"""Checks one of coprod's HTML outputs is accessible and self-contained.

- headings start at one h1 and never skip a level (h1 > h2 > h3);
- every table header cell has a scope;
- every svg has a <title> and an aria-label;
- no scripts, frames, objects, external fetches (src/href/url()/@import);
- every CSS rule that sets both a text colour and a background, and the
  body's text on white, meets WCAG AA contrast (4.5:1).
Prints each problem and exits 1 when there is any.
"""
import re
import sys
from html.parser import HTMLParser


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.headings = []
        self.in_svg = False
        self.svg_title = False
        self.style = ""
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "iframe", "object", "embed", "link", "img", "base"):
            self.problems.append(f"<{tag}> element: the page must not run or fetch anything")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name} on <{tag}>")
            if name in ("src", "href", "xlink:href", "action") and value:
                self.problems.append(f"{name}={value!r} on <{tag}> fetches or links out")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "th" and a.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
            self.problems.append("a <th> without scope")
        if tag == "svg":
            self.in_svg = True
            self.svg_title = False
            if not a.get("aria-label"):
                self.problems.append("an <svg> without aria-label")
        if tag == "title" and self.in_svg:
            self.svg_title = True
        if tag == "style":
            self.in_style = True

    def handle_endtag(self, tag):
        if tag == "svg":
            if not self.svg_title:
                self.problems.append("an <svg> without <title>")
            self.in_svg = False
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.style += data


def luminance(hex_colour):
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_css(css, problems):
    if re.search(r"url\(|@import", css):
        problems.append("CSS fetches something (url() or @import)")
    if "@media print" not in css:
        problems.append("no @media print rules")
    variables = dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})", css))
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        decl = dict((k.strip(), v.strip()) for k, v in re.findall(r"([\w-]+)\s*:\s*([^;]+)", body))
        def resolve(v):
            m = re.fullmatch(r"var\((--[\w-]+)\)", v or "")
            return variables.get(m.group(1)) if m else v
        fg = resolve(decl.get("color"))
        bg = resolve(decl.get("background") or decl.get("background-color"))
        if fg and not bg:
            bg = "#ffffff"  # text set without a background sits on the white page
        if fg and bg and re.fullmatch(r"#[0-9a-fA-F]{3,6}", fg) and re.fullmatch(r"#[0-9a-fA-F]{3,6}", bg):
            ratio = contrast(fg, bg)
            if ratio < 4.5:
                problems.append(f"{selector.strip()}: contrast {ratio:.2f}:1 is below 4.5:1")


def main(path):
    with open(path, encoding="utf-8") as f:
        html = f.read()
    c = Checker()
    c.feed(html)
    problems = c.problems
    # Inline style attributes (the report's key) count as CSS rules too.
    inline = " ".join(f"x{{{s}}}" for s in re.findall(r'style="([^"]*)"', html))
    check_css(c.style + inline, problems)
    if not c.headings or c.headings[0] != 1 or c.headings.count(1) != 1:
        problems.append(f"headings must start with exactly one h1: {c.headings}")
    for before, after in zip(c.headings, c.headings[1:]):
        if after > before + 1:
            problems.append(f"heading level jumps from h{before} to h{after}")
    for p in problems:
        print(f"{path}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
