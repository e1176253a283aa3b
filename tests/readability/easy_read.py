#!/usr/bin/env python3
"""Readability of the easy-read "you said, we did" page.

Usage: easy_read.py COPROD SOURCE_DIR

The sentences coprod writes on the page (templates/easy-read.html.mustache
and its Word twin, without what a team wrote) must each be 15 words or
fewer and together score a Flesch reading ease of at least 80. Prints the
figures, and the score of each example's whole page (what a team wrote
included), which is for information: a team writes its own words.
"""
import glob
import os
import re
import subprocess
import sys



# The same formula as flesch.py, the plain-English page's test.
def syllables(word):
    word = word.lower()
    n = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(n, 1)


def flesch(text):
    sentences = [s for s in re.split(r"[.!?:]+(?:\s|$)|\n\s*\n", text) if re.search(r"[A-Za-z]", s)]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if not sentences or not words:
        return 0.0
    return 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * sum(syllables(w) for w in words) / len(words)

coprod, source = sys.argv[1], sys.argv[2]
MAX_WORDS, MIN_SCORE = 15, 80.0
failures = 0


def own_sentences(template):
    text = re.sub(r"\{\{!.*?\}\}", "", template, flags=re.S)        # the comment
    text = re.sub(r"<style>.*?</style>|<head>.*?</head>", "", text, flags=re.S)
    text = re.sub(r"\{\{[^}]*\}\}\}?", "", text)                      # every value a team wrote
    lines = []
    for line in re.split(r"</w:t>|</p>|</h[12]>|\n", text):
        line = re.sub(r"<[^>]+>", " ", line)
        line = " ".join(line.split())
        if re.search(r"[A-Za-z]", line):
            lines.append(line)
    return lines


for name in ["easy-read.html.mustache", "easy-read.docx.mustache"]:
    with open(os.path.join(source, "templates", name), encoding="utf-8") as f:
        lines = own_sentences(f.read())
    sentences = [s.strip() for line in lines for s in re.split(r"(?<=[.?!:])\s+", line) if s.strip()]
    for s in sentences:
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", s)
        if len(words) > MAX_WORDS:
            print(f"FAIL: {name}: a sentence of {len(words)} words: {s!r}")
            failures += 1
    score = flesch("\n\n".join(sentences))
    longest = max(len(re.findall(r"[A-Za-z][A-Za-z'’-]*", s)) for s in sentences)
    print(f"{name}: {len(sentences)} sentences of its own, the longest {longest} words, "
          f"Flesch reading ease {score:.1f}")
    if score < MIN_SCORE:
        print(f"FAIL: {name} scores below {MIN_SCORE}")
        failures += 1

for path in sorted(glob.glob(os.path.join(source, "examples", "*.yaml"))):
    result = subprocess.run([coprod, "appendix", path, "--template", "easy-read", "--format", "html",
                             "--today", "2026-06-30"], capture_output=True, text=True)
    if result.returncode == 2:
        continue
    body = re.sub(r"<style>.*?</style>|<head>.*?</head>", "", result.stdout, flags=re.S)
    text = "\n\n".join(" ".join(re.sub(r"<[^>]+>", " ", part).split())
                       for part in re.split(r"</p>|</h[12]>", body))
    score = flesch(text)
    print(f"{os.path.relpath(path, source)}: whole page (with the team's own words) {score:.1f}")
sys.exit(1 if failures else 0)
