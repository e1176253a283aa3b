#!/usr/bin/env python3
"""Flesch reading ease of the "you said, we did" page, for every example.

Usage: flesch.py COPROD SOURCE_DIR [MINIMUM]

The page is for the people who took part, so it must be plain language.
Renders `coprod appendix --template you-said-we-did` (Markdown) for each
proposal in examples/ and tests/inputs/appendix/, strips the Markdown, and
scores the words: 206.835 - 1.015 (words / sentences) - 84.6 (syllables /
words). 60-70 is plain English; higher is easier. Fails when a page scores
below MINIMUM (default 60), and prints every score. Syllables are counted
by the usual vowel-group rule, which is close enough to rank texts.
"""
import glob
import os
import re
import subprocess
import sys

coprod, source = sys.argv[1], sys.argv[2]
minimum = float(sys.argv[3]) if len(sys.argv) > 3 else 60.0


def syllables(word):
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(n, 1)


def flesch(text):
    sentences = [s for s in re.split(r"[.!?:]+(?:\s|$)|\n\s*\n", text) if re.search(r"[A-Za-z]", s)]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if not sentences or not words:
        return None
    syl = sum(syllables(w) for w in words)
    return 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * syl / len(words)


def plain(markdown):
    text = re.sub(r"^#+\s*", "", markdown, flags=re.M)   # headings
    text = re.sub(r"^[>\-]\s*", "", text, flags=re.M)     # quotes and bullets
    text = text.replace("**", "").replace("\\", "")
    # A heading or a bullet is a sentence of its own.
    return "\n\n".join(line for line in text.splitlines())


failures = 0
inputs = sorted(glob.glob(os.path.join(source, "examples", "*.yaml")) +
                glob.glob(os.path.join(source, "tests", "inputs", "appendix", "*.yaml")))
for path in inputs:
    result = subprocess.run([coprod, "appendix", path, "--template", "you-said-we-did", "--today", "2026-06-30"],
                            capture_output=True, text=True)
    if result.returncode == 2:
        continue  # not a valid proposal: no page
    score = flesch(plain(result.stdout))
    name = os.path.relpath(path, source)
    print(f"{name}: Flesch reading ease {score:.1f}")
    if score is None or score < minimum:
        print(f"FAIL: {name} scores below {minimum}")
        failures += 1
sys.exit(1 if failures else 0)
