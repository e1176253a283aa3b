#!/usr/bin/env python3
"""Validates coprod's machine formats against their published schemas, on
whatever findings the rules give today (no exact content is asserted here; the
golden tests in tests/cli do that):

- SARIF against the OASIS SARIF 2.1.0 JSON Schema, plus what GitHub code
  scanning requires of an upload;
- JUnit XML against the Apache Ant JUnit XSD, with xmllint;
- several outputs in one run, written whole, and none replaced when one fails.

Usage: validate_formats.py COPROD_BINARY REPOSITORY_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

coprod, root = sys.argv[1], sys.argv[2]
inputs = ["examples/life-rooms.yaml", "tests/inputs/findings.yaml", "tests/inputs/invalid.yaml",
          "tests/inputs/configured/papers"]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def run(*args, cwd=root):
    return subprocess.run([coprod, *args], cwd=cwd, capture_output=True, text=True)


# SARIF: the schema, and GitHub code scanning's own requirements.
with open(os.path.join(root, "tests/schemas/sarif-schema-2.1.0.json"), encoding="utf-8") as f:
    sarif_schema = json.load(f)
for path in inputs:
    result = run("check", "--format", "sarif", "--fail-on", "never", path)
    log = json.loads(result.stdout)
    try:
        jsonschema.validate(log, sarif_schema)
    except jsonschema.ValidationError as e:
        problems.append(f"SARIF for {path} is not valid: {e.message} at {list(e.absolute_path)}")
    check(log.get("version") == "2.1.0" and "$schema" in log, f"{path}: version and $schema")
    for r in log["runs"]:
        driver = r["tool"]["driver"]
        check(driver.get("name") == "coprod", f"{path}: tool.driver.name")
        ids = [rule["id"] for rule in driver["rules"]]
        for rule in driver["rules"]:
            for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
                check(key in rule, f"{path}: rule {rule['id']} has no {key}")
        for res in r["results"]:
            check(res.get("ruleId") in ids, f"{path}: result with unknown ruleId {res.get('ruleId')}")
            check(bool(res.get("message", {}).get("text")), f"{path}: result without message.text")
            check(res.get("partialFingerprints"), f"{path}: result without partialFingerprints")
            for loc in res.get("locations", []):
                physical = loc["physicalLocation"]
                uri = physical["artifactLocation"]["uri"]
                check(not uri.startswith("/") and ":" not in uri, f"{path}: uri {uri} not relative")
                check(physical["region"]["startLine"] >= 1, f"{path}: startLine < 1")
            check(res.get("locations"), f"{path}: result without locations")

# JUnit: each run's document against the XSD.
xsd = os.path.join(root, "tests/schemas/JUnit.xsd")
with tempfile.TemporaryDirectory() as tmp:
    for i, path in enumerate(inputs):
        report = os.path.join(tmp, f"junit-{i}.xml")
        result = run("check", "--format", "junit", "--output", report, path)
        check(result.returncode in (0, 1, 2), f"{path}: junit run failed: {result.stderr}")
        lint = subprocess.run(["xmllint", "--noout", "--schema", xsd, report],
                              capture_output=True, text=True)
        check(lint.returncode == 0, f"JUnit for {path} is not valid: {lint.stderr}")

    # Several outputs in one run, each written whole.
    text_out, sarif_out, junit_out = (os.path.join(tmp, n) for n in ("o.txt", "o.sarif", "o.xml"))
    result = run("check", "--format", "text", "--format", "sarif", "--format", "junit",
                 "--output", text_out, "--output", sarif_out, "--output", junit_out,
                 "tests/inputs/findings.yaml")
    check(result.returncode == 1, f"several outputs: exit status {result.returncode}")
    check(result.stdout == "", "several outputs: nothing should go to standard output")
    with open(text_out, encoding="utf-8") as f:
        check("[continuation-implementation]" in f.read(), "several outputs: text output incomplete")
    with open(sarif_out, encoding="utf-8") as f:
        check(json.load(f)["version"] == "2.1.0", "several outputs: SARIF output incomplete")

    # When one output cannot be written, no file is replaced.
    with open(text_out, "w", encoding="utf-8") as f:
        f.write("previous\n")
    result = run("check", "--format", "text", "--format", "sarif", "--output", text_out,
                 "--output", os.path.join(tmp, "missing", "o.sarif"), "examples/life-rooms.yaml")
    check(result.returncode == 2, "a missing output folder must exit 2")
    with open(text_out, encoding="utf-8") as f:
        check(f.read() == "previous\n", "a failed run replaced an output file")
    check(sorted(os.listdir(tmp)) == sorted(["o.txt", "o.sarif", "o.xml"] +
                                            [f"junit-{i}.xml" for i in range(len(inputs))]),
          f"temporary files left behind: {os.listdir(tmp)}")

for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
