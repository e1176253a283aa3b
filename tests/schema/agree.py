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

# Loader rules JSON Schema cannot state: the schema's description says so too.
EXCLUDED = {
    "tests/load/duplicate-keys.yaml": "a key given twice (a YAML reader keeps only the last)",
}


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


def schema_says(schema, path):
    try:
        with open(path, encoding="utf-8") as f:
            document = yaml.load(f, Loader=Yaml12Loader)
        document = json.loads(json.dumps(document))
    except (yaml.YAMLError, UnicodeDecodeError, TypeError, ValueError):
        return False
    return jsonschema.Draft7Validator(schema).is_valid(document)


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
    disagreements, valid, invalid = [], 0, 0
    for path in proposals:
        if path in EXCLUDED:
            continue
        loader = subprocess.run([coprod, "check", "--fail-on", "never", "--config",
                                 "tests/schema/empty.coprod.yaml", path],
                                capture_output=True).returncode != 2
        schema = schema_says(proposal_schema, path)
        valid, invalid = valid + loader, invalid + (not loader)
        if loader != schema:
            disagreements.append(f"{path}: the loader says {'valid' if loader else 'invalid'}, "
                                 f"the schema says {'valid' if schema else 'invalid'}")
    for path in configs:
        loader = subprocess.run([coprod, "check", "--fail-on", "never", "--config", path,
                                 "examples/life-rooms.yaml"], capture_output=True).returncode != 2
        schema = schema_says(config_schema, path)
        valid, invalid = valid + loader, invalid + (not loader)
        if loader != schema:
            disagreements.append(f"{path} (configuration): the loader says "
                                 f"{'valid' if loader else 'invalid'}, the schema says "
                                 f"{'valid' if schema else 'invalid'}")
    print(f"{len(proposals) + len(configs) - len(EXCLUDED)} documents: {valid} valid, "
          f"{invalid} invalid, {len(disagreements)} disagreements")
    for d in disagreements:
        print("DISAGREE:", d)
    # Both kinds must be present, or agreement proves little.
    return 1 if disagreements or valid == 0 or invalid == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
