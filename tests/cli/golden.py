#!/usr/bin/env python3
"""Golden tests of the coprod command line: runs each case in cases.txt and
compares its standard output, standard error and exit status with
tests/cli/<name>.out. COPROD_UPDATE_GOLDEN=1 rewrites the files instead.

cases.txt: one case a line, `name | folder | arguments`; the folder (relative
to the repository root) is where coprod runs, the arguments are split as a
shell would. Lines starting with # are comments.
Usage: golden.py COPROD_BINARY REPOSITORY_ROOT
"""
import difflib
import os
import shlex
import subprocess
import sys


def main():
    coprod, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    here = os.path.join(root, "tests", "cli")
    update = os.environ.get("COPROD_UPDATE_GOLDEN") == "1"
    failed = []
    with open(os.path.join(here, "cases.txt"), encoding="utf-8") as cases:
        for line in cases:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, folder, args = (part.strip() for part in line.split("|", 2))
            env = dict(os.environ, NO_COLOR="1")
            run = subprocess.run([coprod, *shlex.split(args)], cwd=os.path.join(root, folder),
                                 capture_output=True, env=env)
            actual = (f"$ cd {folder} && coprod {args}\n" + run.stdout.decode("utf-8", "replace")
                      + "--- stderr\n" + run.stderr.decode("utf-8", "replace")
                      + f"--- exit status {run.returncode}\n")
            expected_path = os.path.join(here, name + ".out")
            if update:
                with open(expected_path, "w", encoding="utf-8") as out:
                    out.write(actual)
                continue
            try:
                with open(expected_path, encoding="utf-8") as f:
                    expected = f.read()
            except FileNotFoundError:
                expected = None
            if expected != actual:
                failed.append(name)
                print(f"FAIL {name}: output differs from {expected_path} "
                      "(COPROD_UPDATE_GOLDEN=1 rewrites it)")
                sys.stdout.writelines(difflib.unified_diff(
                    (expected or "").splitlines(keepends=True), actual.splitlines(keepends=True),
                    "expected", "actual"))
    if failed:
        print("failed:", " ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
