#!/usr/bin/env python3
"""The JSON Schemas `coprod schema` prints must agree with coprod's own loader:
every example and test document is run through both, and both must call it
valid or both invalid. YAML is turned into JSON the way a YAML 1.2 editor
reads it (only `true`/`false` are booleans, only digits are numbers, dates
stay text), which is also how coprod reads it.

Cases JSON Schema cannot express are listed in EXCLUDED, with the reason.
Usage: agree.py COPROD_BINARY REPOSITORY_ROOT
"""
import glob
import json
import os
import re
import subprocess
import sys

import jsonschema
import yaml

# Loader rules JSON Schema cannot state (the schema's description says so
# too). A document the loader rejects only for these reasons is left out, by
# name here or by the loader's own messages below, and the run says so.
EXCLUDED = {
    "tests/load/duplicate-keys.yaml": "a key given twice (a YAML reader keeps only the last)",
}
BEYOND_JSON_SCHEMA = [
    (re.compile(r"is given twice"), "a key given twice"),
    (re.compile(r"is used twice in"), "an id used twice within a list"),
    (re.compile(r"is not a date"), "a date that is not a real calendar day"),
    (re.compile(r"names no (group|activity)"), "a group or activity id that is not defined"),
    (re.compile(r"^the consultation (closed on|opened and closed|opened on)"),
     "a consultation window that cannot be one (dates compared with each other)"),
    (re.compile(r"is dropped: in YAML a space then `#` starts a comment"),
     "text dropped as a comment (JSON Schema sees only what is left)"),
    (re.compile(r"holds a hidden line break"),
     "a hidden line break (refused in the text, before it is read as YAML)"),
]


def loader_errors(coprod, path):
    """The loader's error messages for a document, from the JSON report."""
    run = subprocess.run([coprod, "check", "--format", "json", "--fail-on", "never", "--config",
                          "tests/schema/empty.coprod.yaml", path], capture_output=True, text=True)
    report = json.loads(run.stdout)
    return [e["message"] for p in report["proposals"] for e in p["errors"]]


def beyond_json_schema(messages):
    """The limits behind every message, or None when one is within JSON Schema."""
    reasons = set()
    for message in messages:
        found = [reason for pattern, reason in BEYOND_JSON_SCHEMA if pattern.search(message)]
        if not found:
            return None
        reasons.update(found)
    return reasons


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core scalars, as coprod and editors read them."""


Yaml12Loader.yaml_implicit_resolvers = {}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"),
                                   list("tf"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"),
                                   list("-+0123456789"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:float",
                                   re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
                                   list("-+0123456789."))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"),
                                   ["~", "n", ""])


# coprod never copies an aliased node; a JSON document must. Beyond this many
# nodes once aliases are expanded, a case is left out (and says so).
MAX_EXPANDED_NODES = 100_000


def expanded_size(node, seen=None):
    """The number of nodes once aliases are expanded, without expanding them."""
    seen = {} if seen is None else seen
    if id(node) in seen:
        return seen[id(node)]
    seen[id(node)] = 1  # a cycle counts once
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(expanded_size(item, seen) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(expanded_size(k, seen) + expanded_size(v, seen) for k, v in node.value)
    seen[id(node)] = size
    return size


def read_as_json(path):
    """The document as a JSON reader would see it; None when it is not YAML at
    all; raises OverflowError when it is too large to expand."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        node = yaml.compose(text, Loader=Yaml12Loader)
        if node is not None and expanded_size(node) > MAX_EXPANDED_NODES:
            raise OverflowError
        return json.loads(json.dumps(yaml.load(text, Loader=Yaml12Loader)))
    except (yaml.YAMLError, UnicodeDecodeError, TypeError, ValueError, RecursionError):
        return None


def schema_says(schema, document):
    return document is not None and jsonschema.Draft7Validator(schema).is_valid(document)


def main():
    coprod, root = sys.argv[1], sys.argv[2]
    os.chdir(root)
    proposal_schema = json.loads(subprocess.run([coprod, "schema"], capture_output=True,
                                                check=True).stdout)
    config_schema = json.loads(subprocess.run([coprod, "schema", "--config"],
                                              capture_output=True, check=True).stdout)
    jsonschema.Draft7Validator.check_schema(proposal_schema)
    jsonschema.Draft7Validator.check_schema(config_schema)

    proposals = sorted(glob.glob("examples/*.yaml") + glob.glob("tests/load/*.yaml")
                       + glob.glob("tests/rules/*/*.yaml") + glob.glob("tests/inputs/*.yaml")
                       + glob.glob("tests/schema/proposals/*.yaml"))
    configs = sorted(glob.glob("tests/inputs/**/.coprod.yaml", recursive=True)
                     + glob.glob("tests/inputs/bad-config/*.yaml")
                     + glob.glob("tests/schema/configs/*.yaml"))
    disagreements, valid, invalid, excluded = [], 0, 0, len(EXCLUDED)
    for path in proposals:
        if path in EXCLUDED:
            continue
        try:
            document = read_as_json(path)
        except OverflowError:
            print(f"left out: {path}: its aliases expand past {MAX_EXPANDED_NODES} nodes")
            excluded += 1
            continue
        loader = subprocess.run([coprod, "check", "--fail-on", "never", "--config",
                                 "tests/schema/empty.coprod.yaml", path],
                                capture_output=True).returncode != 2
        schema = schema_says(proposal_schema, document)
        if not loader and schema:
            limits = beyond_json_schema(loader_errors(coprod, path))
            if limits:
                print(f"left out: {path}: {', '.join(sorted(limits))} (beyond JSON Schema)")
                excluded += 1
                continue
        valid, invalid = valid + loader, invalid + (not loader)
        if loader != schema:
            disagreements.append(f"{path}: the loader says {'valid' if loader else 'invalid'}, "
                                 f"the schema says {'valid' if schema else 'invalid'}")
    for path in configs:
        loader = subprocess.run([coprod, "check", "--fail-on", "never", "--config", path,
                                 "examples/life-rooms.yaml"], capture_output=True).returncode != 2
        try:
            schema = schema_says(config_schema, read_as_json(path))
        except OverflowError:
            schema = False
        valid, invalid = valid + loader, invalid + (not loader)
        if loader != schema:
            disagreements.append(f"{path} (configuration): the loader says "
                                 f"{'valid' if loader else 'invalid'}, the schema says "
                                 f"{'valid' if schema else 'invalid'}")
    print(f"{valid + invalid} documents ({excluded} left out): {valid} valid, "
          f"{invalid} invalid, {len(disagreements)} disagreements")
    for d in disagreements:
        print("DISAGREE:", d)
    # Both kinds must be present, or agreement proves little.
    return 1 if disagreements or valid == 0 or invalid == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
