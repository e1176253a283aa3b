#!/usr/bin/env python3
"""Reads coprod's Word appendix back with python-docx, as Word would open it.

Usage: read_back.py COPROD SOURCE_DIR

Checks that each .docx opens, has the heading styles, the tables and the
verdict a board secretary expects; that hostile text is escaped XML and
shows as text; that the package is the same byte for byte on a second run;
and that a failed write leaves no file, partial or otherwise, and an
existing file as it was.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx  # python3-docx (.ci/install-deps)

coprod, source = sys.argv[1], sys.argv[2]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(*args, cwd=source):
    return subprocess.run([coprod, *args], cwd=cwd, capture_output=True)


def part(path, name):
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode() if name in z.namelist() else ""


def write_docx(proposal, out, *extra):
    result = run("appendix", proposal, "--today", "2026-06-30", "--format", "docx", "-o", out, *extra)
    if result.returncode not in (0, 1):
        fail(f"{proposal}: exit {result.returncode}: {result.stderr.decode()}")
        return None
    return docx.Document(out)


def headings(document, level):
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def all_text(document):
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


work = tempfile.mkdtemp()
try:
    # A full proposal: every section, its tables and its verdict.
    out = os.path.join(work, "life-rooms.docx")
    d = write_docx("examples/life-rooms.yaml", out, "--detail", "full")
    if d is not None:
        titles = [p.text for p in d.paragraphs if p.style.name == "Title"]
        if titles != ["Co-production statement: Life Rooms: extending the social model of health to Knowsley"]:
            fail(f"life-rooms: the title paragraph is {titles}")
        expected = ["The checklist at a glance", "Who was involved", "How people were involved",
                    "Outcomes: what changed", "New questions to explore", "How co-production will continue",
                    "Evaluation of the co-production process", "Assurance"]
        got = headings(d, 1)
        missing = [h for h in expected if h not in got]
        if missing:
            fail(f"life-rooms: Heading 1 lacks {missing}; has {got}")
        if not any(h.startswith("Verdict: ") for h in got):
            fail(f"life-rooms: no verdict heading in {got}")
        for h in ["You said, we did", "What we did not adopt, and why"]:
            if h not in headings(d, 2):
                fail(f"life-rooms: Heading 2 lacks {h!r}")
        tables = d.tables
        firsts = [t.rows[0].cells[0].text for t in tables]
        for first in ["Reference", "Checklist item", "Group", "#", "You said", "Question"]:
            if first not in firsts:
                fail(f"life-rooms: no table starting {first!r}; tables start {firsts}")
        glance = next((t for t in tables if t.rows[0].cells[0].text == "Checklist item"), None)
        if glance is not None:
            if len(glance.rows) != 10:  # the header and nine items
                fail(f"life-rooms: the checklist table has {len(glance.rows)} rows, not 10")
            if glance.rows[2].cells[0].text != "2. Who?":
                fail(f"life-rooms: the checklist's second item reads {glance.rows[2].cells[0].text!r}")
        details = tables[0]
        rows = {r.cells[0].text: r.cells[1].text for r in details.rows}
        if rows.get("Reference") != "LR-2026-03" or "Assurance verdict" not in rows:
            fail(f"life-rooms: the proposal table reads {rows}")
        text = all_text(d)
        for phrase in ["People wanted to walk in, not wait for a referral.", "How this was checked",
                       "life-rooms.yaml", "30 June 2026"]:
            if phrase not in text:
                fail(f"life-rooms: the document lacks {phrase!r}")
        for leak in ["examples/", ".yaml:", "who.", "`"]:
            if leak in text:
                fail(f"life-rooms: the document shows {leak!r}, which is for authors, not the board")
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            if names[0] != "[Content_Types].xml":
                fail(f"life-rooms: the package starts with {names[0]}")
            if "word/styles.xml" not in names:
                fail("life-rooms: the package has no styles part")
        again = os.path.join(work, "again.docx")
        write_docx("examples/life-rooms.yaml", again, "--detail", "full")
        with open(out, "rb") as a, open(again, "rb") as b:
            if a.read() != b.read():
                fail("life-rooms: two runs made different files")

    # The board's version: the decision's parts, and what Word needs to be
    # Word: lists from numbering, a running header and "Page X of Y" as
    # fields, fixed column widths, statuses in colour with their words.
    out = os.path.join(work, "board.docx")
    d = write_docx("examples/community-diabetes.yaml", out)
    if d is not None:
        got = headings(d, 1)
        for h in ["The checklist at a glance", "Verdict: Proceed with conditions", "What is not yet shown",
                  "Who took part, and how", "You said, we did", "How co-production will continue"]:
            if h not in got:
                fail(f"board: Heading 1 lacks {h!r}; has {got}")
        for h in ["Who was involved", "Evaluation of the co-production process"]:
            if h in got:
                fail(f"board: the board's version has the author's section {h!r}")
        text = all_text(d)
        if "•" in text:
            fail("board: a bullet is a typed character, not a list")
        numbered = [p.text for p in d.paragraphs if p.style.name == "List Number"]
        if len(numbered) != 2:
            fail(f"board: the conditions are not a numbered list of two: {numbered}")
        if "advice" in text:
            fail("board: the board's version gives advice")
        numbering = part(out, "word/numbering.xml")
        if 'w:numFmt w:val="bullet"' not in numbering or 'w:numFmt w:val="decimal"' not in numbering:
            fail("board: no bullet and number lists in word/numbering.xml")
        styles = part(out, "word/styles.xml")
        if not re.search(r'w:styleId="ListBullet">.*?<w:numId w:val="1"/>', styles, re.S):
            fail("board: the List Bullet style is not a list")
        header, footer = part(out, "word/header1.xml"), part(out, "word/footer1.xml")
        if "Community diabetes hubs" not in header or "NICB-LTC-2026-07" not in header:
            fail(f"board: the running header lacks the title or reference: {header}")
        if " PAGE " not in footer or " NUMPAGES " not in footer or "Page " not in footer:
            fail(f"board: the footer has no Page X of Y fields: {footer}")
        document = part(out, "word/document.xml")
        if document.count('<w:tblLayout w:type="fixed"/>') != len(d.tables):
            fail("board: a table's columns are not fixed to their widths")
        if 'w:color w:val="7A4B00"/></w:rPr><w:t xml:space="preserve">Partly met' not in document:
            fail("board: the status Partly met is not in its colour")
        if "<w:tblHeader/>" not in document:
            fail("board: no table repeats its header row")

    # A trust's own Word file as the template: its styles, coprod's document.
    trust = os.path.join(work, "trust.dotx")
    with zipfile.ZipFile(os.path.join(work, "board.docx")) as z, zipfile.ZipFile(trust, "w") as t:
        for item in z.namelist():
            data = z.read(item)
            if item == "word/styles.xml":
                data = data.replace(b'w:ascii="Arial"', b'w:ascii="Trust Serif"')
            t.writestr(item, data)
    out = os.path.join(work, "trust.docx")
    d = write_docx("examples/community-diabetes.yaml", out, "--template", trust)
    if d is not None and 'w:ascii="Trust Serif"' not in part(out, "word/styles.xml"):
        fail("trust: the Word file given as the template did not give its styles")

    # A dissent is given in the group's own words, with the response.
    d = write_docx("tests/inputs/appendix/dissent.yaml", os.path.join(work, "dissent.docx"), "--detail", "full")
    if d is not None:
        if "Not everyone who took part is satisfied" not in headings(d, 1):
            fail(f"dissent: no dissent heading in {headings(d, 1)}")
        quotes = [p.text for p in d.paragraphs if p.style.name == "Quote"]
        if not any("Saturdays & Sundays" in q for q in quotes):
            fail(f"dissent: the group's words are not quoted: {quotes}")
        text = all_text(d)
        if "The organisation reports that the people who took part are satisfied" in text:
            fail("dissent: the document says the participants are satisfied")
        if "Met (waived: The session notes are held" not in text:
            fail("dissent: the waived item does not read Met (waived: …)")

    # Hostile text is escaped XML and reads back as the same text.
    out = os.path.join(work, "hostile.docx")
    d = write_docx("tests/inputs/appendix/hostile.yaml", out, "--detail", "full")
    if d is not None:
        text = all_text(d)
        for phrase in ["<script>alert('x')</script>", "Smith & Jones <NHS> Trust", "<img src=x onerror=alert(1)>"]:
            if phrase not in text:
                fail(f"hostile: the document lacks the text {phrase!r}")
        with zipfile.ZipFile(out) as z:
            xml = z.read("word/document.xml").decode()
        if "<script>" in xml or "<img" in xml:
            fail("hostile: markup reached word/document.xml unescaped")

    # A failed write leaves no file, and an existing one as it was.
    missing = os.path.join(work, "no-such-folder", "a.docx")
    result = run("appendix", "examples/life-rooms.yaml", "--format", "docx", "-o", missing)
    if result.returncode != 2 or os.path.exists(missing):
        fail(f"a write into a missing folder: exit {result.returncode}, file left: {os.path.exists(missing)}")
    broken = os.path.join(work, "broken")
    os.mkdir(broken)
    with open(os.path.join(broken, "ours.docx.mustache"), "w") as f:
        f.write("<w:document>{{#open}}\n")
    shutil.copy(os.path.join(source, "templates", "appendix.styles.xml"), os.path.join(broken, "ours.styles.xml"))
    kept = os.path.join(work, "kept.docx")
    with open(kept, "wb") as f:
        f.write(b"the last good one")
    result = run("appendix", "examples/life-rooms.yaml", "--template", os.path.join(broken, "ours.docx.mustache"),
                 "-o", kept)
    with open(kept, "rb") as f:
        if result.returncode != 2 or f.read() != b"the last good one":
            fail(f"a broken template: exit {result.returncode}, or the existing file was changed")
    if [n for n in os.listdir(work) if n.startswith(".") or n.endswith(".tmp")]:
        fail(f"a temporary file was left behind: {os.listdir(work)}")
    os.remove(os.path.join(broken, "ours.styles.xml"))
    result = run("appendix", "examples/life-rooms.yaml", "--template", os.path.join(broken, "ours.docx.mustache"),
                 "-o", os.path.join(work, "nostyles.docx"))
    if result.returncode != 2 or b"styles" not in result.stderr or os.path.exists(os.path.join(work, "nostyles.docx")):
        fail(f"a Word template without styles: exit {result.returncode}: {result.stderr.decode()}")
finally:
    shutil.rmtree(work)

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("every Word appendix reads back as it should")
