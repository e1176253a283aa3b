#!/usr/bin/env python3
"""Scaling over hostile input: each family an audit found slow, at two sizes.

    python3 bench/hostile.py [--coprod build/cli/coprod] [--repeats 3] [--scale 1] [--only WORD]

For each family, builds an input of size n and 2n in a temporary folder, runs
coprod on it (median wall time of --repeats runs, and the largest peak
resident memory) and prints the ratio of the two: about 2 for linear work,
about 4 for quadratic, about 1 for work that is bounded whatever the input.
A ratio of time or of memory above 2.5 fails the run (exit status 1). `--jobs` is compared with itself instead: 64 threads
against 1 on the same files, where above 1.5 fails. --scale multiplies every
size, for a slower or faster machine.
"""

import argparse
import base64
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

LIMIT = 2.5
JOBS_LIMIT = 1.5

HEAD = """coprod: 1
proposal:
  title: {title}
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-05-01
  decision: Approve the clinics.
origin:
  question: How should the clinics work?
  defined_with: [{defined_with}]
who:
  groups:
{groups}how:
  activities:
{activities}"""


def group(i):
    return (f"    - id: g{i}\n      name: Group {i}\n      kind: lived-experience\n"
            f"      communities: [core20]\n")


def activity(i, date="2026-01-10", title=None):
    return (f"    - id: a{i}\n      title: {title or f'Workshop {i}'}\n      method: workshop\n"
            f"      stage: design\n      level: co-design\n      date: {date}\n      groups: [g0]\n")


def proposal(title="Clinics", groups=1, activities=1, defined_with="g0", notes="", dates=None):
    text = HEAD.format(title=title, defined_with=defined_with,
                       groups="".join(group(i) for i in range(groups)),
                       activities="".join(activity(i, dates[i] if dates else "2026-01-10")
                                          for i in range(activities)))
    if notes:
        text += f"x-notes: \"{notes}\"\n"
    return text


# Each family: (name, command arguments, a function writing the input of size n
# into a folder and returning the arguments' file).
def quoted(units, per_line=20):
    """A double-quoted YAML value of `units`, a few to a line: the lines fold
    into one text with a space between (a proposal's lines are limited)."""
    lines = ["".join(units[i:i + per_line]) for i in range(0, len(units), per_line)]
    return '"' + "\n  ".join(lines) + '"'


def personal_data(folder, n):
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal() + "x-notes: " + quoted(["("] + ["12 "] * n) + "\n")
    return ["check", path]


def hidden_and_controls(folder, n):
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal() + "x-notes: " + quoted(["a\\u202E\\u200Bb\\e\\x07"] * n) + "\n")
    return ["check", "--format", "json", path]


def binary_values(folder, n):
    path = os.path.join(folder, "p.yaml")
    hidden = base64.b64encode(("call 07700 900123 " * n).encode()).decode()
    lines = "\n".join("  " + hidden[i:i + 76] for i in range(0, len(hidden), 76))
    with open(path, "w") as f:
        f.write(proposal() + f"x-binary: !!binary |\n{lines}\n")
    return ["check", path]


def glob_waiver(folder, n):
    # A long path, a pattern of many stars that never matches.
    deep = os.path.join(folder, *(["a" * 50] * (n // 50)))
    os.makedirs(deep, exist_ok=True)
    for i in range(100):  # many files, so the matching shows above starting coprod
        with open(os.path.join(deep, f"p{i}.yaml"), "w") as f:
            f.write(proposal())
    with open(os.path.join(folder, ".coprod.yaml"), "w") as f:
        f.write("coprod_config: 1\nwaivers:\n  - rule: who-paid\n    files: [\"**/*a*a*a*a*a*a*a*a*b\"]\n"
                "    reason: Agreed.\n    approved_by: Chair\n    expires: 2099-01-01\n")
    return ["check", "--jobs", "1", "--config", os.path.join(folder, ".coprod.yaml"), deep]


def template_nesting(folder, n):
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal())
    template = os.path.join(folder, "t.md.mustache")
    with open(template, "w") as f:
        f.write(("{{#title}}" * 90 + "x" + "{{/title}}" * 90 + "\n") * (n // 90))
    return ["appendix", path, "--template", template]


def ladder_dates(folder, n):
    path = os.path.join(folder, "p.yaml")
    dates = [f"{2000 + (i * 97) % 100:04d}-0{1 + i % 9}-1{i % 9}" for i in range(n)]
    with open(path, "w") as f:
        f.write(proposal(activities=n, dates=dates))
    return ["appendix", path, "--format", "html"]


def undefined_references(folder, n):
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal(groups=n, defined_with=", ".join(f"x{i}" for i in range(n))))
    return ["check", path]


def signers(folder, n):
    # Id-shaped signers that are no group's id, and as many groups: each
    # signer is looked up among the groups' slips, not compared with each.
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal(groups=n))
        f.write("assurance:\n  satisfied: true\n  signed_off_by: ["
                + ", ".join(f"signer-{i}-of-the-panel" for i in range(n)) + "]\n")
    return ["check", path]


def template_over_lists(folder, n):
    # Sections nested twelve deep over the checklist's nine items (9^12
    # repeats), on n lines: refused at the work bound, whatever n is.
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal())
    template = os.path.join(folder, "t.md.mustache")
    with open(template, "w") as f:
        f.write(("{{#checklist}}" * 12 + "{{title}}" + "{{/checklist}}" * 12 + "\n") * (n // 12))
    return ["appendix", path, "--template", template]


def appendix_activities(folder, n):
    # A proposal of n activities, towards the size limit: the appendix's
    # memory must grow with the input, not with copies of its data.
    path = os.path.join(folder, "p.yaml")
    with open(path, "w") as f:
        f.write(proposal(activities=n))
    return ["appendix", path, "--format", "html", "-o", os.path.join(folder, "a.html")]


def markdown_addresses(folder, n):
    # Bare addresses in every activity's title, each escaped in the Markdown.
    path = os.path.join(folder, "p.yaml")
    text = re.sub(r"title: Workshop (\d+)",
                  r'title: "https://a\1.example www.b\1.example c\1@d.example"',
                  proposal(activities=n))
    with open(path, "w") as f:
        f.write(text)
    return ["appendix", path, "--no-redact", "-o", os.path.join(folder, "a.md")]


def report_proposals(folder, n):
    # A report over n proposals: a row each, not the proposals themselves.
    for i in range(n):
        with open(os.path.join(folder, f"p{i}.yaml"), "w") as f:
            f.write(proposal(title=f"Clinics {i}", groups=3, activities=3))
    return ["report", folder, "-o", os.path.join(folder, "r.md")]


FAMILIES = [
    ("personal-data scan: digit groups, unclosed bracket", personal_data, 100000),
    ("hidden and control characters in a text", hidden_and_controls, 20000),
    ("!!binary values scanned", binary_values, 15000),
    ("waiver glob of many stars, long path", glob_waiver, 1800),
    ("template sections nested 90 deep", template_nesting, 90 * 2000),
    ("ladder chart: many activities, dates over a century", ladder_dates, 1000),
    ("undefined group ids in origin.defined_with", undefined_references, 500),
    ("id-shaped signers among many groups", signers, 2000),
    ("template twelve deep over the checklist (9^12)", template_over_lists, 12 * 100),
    ("appendix of a proposal of many activities", appendix_activities, 3000),
    ("bare addresses in Markdown", markdown_addresses, 1000),
    ("report over many proposals", report_proposals, 1000),
]


def timed(coprod, args, repeats):
    """The median wall time of `repeats` runs, and the largest peak resident
    memory among them in MB (os.wait4's rusage of that run alone)."""
    runs, peak = [], 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        child = subprocess.Popen([coprod, *args], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        runs.append(time.perf_counter() - start)
        peak = max(peak, usage.ru_maxrss / 1024)
        if child.returncode not in (0, 1, 2):
            raise SystemExit(f"coprod {' '.join(args)}: exit status {child.returncode}")
    return statistics.median(runs), peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coprod", default=os.path.join(os.path.dirname(__file__), "..", "build",
                                                           "cli", "coprod"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="", help="run only the families whose name has this word")
    o = parser.parse_args()
    worst = 0.0
    print("| family | n | time n | time 2n | ratio | memory n | memory 2n | ratio |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, make, size in FAMILIES:
        if o.only not in name:
            continue
        n = max(1, int(size * o.scale))
        times, peaks = [], []
        for m in (n, 2 * n):
            with tempfile.TemporaryDirectory() as folder:
                seconds, peak = timed(o.coprod, make(folder, m), o.repeats)
                times.append(seconds)
                peaks.append(peak)
        ratio, memory_ratio = times[1] / times[0], peaks[1] / peaks[0]
        worst = max(worst, ratio, memory_ratio)
        flag = "" if ratio <= LIMIT and memory_ratio <= LIMIT else "  (too slow or too large)"
        print(f"| {name} | {n} | {times[0]:.3f} s | {times[1]:.3f} s | {ratio:.2f}x | "
              f"{peaks[0]:.0f} MB | {peaks[1]:.0f} MB | {memory_ratio:.2f}x{flag} |")

    # --jobs: many threads on few cores must cost nothing.
    jobs_ratio = 0.0
    if not o.only:
        with tempfile.TemporaryDirectory() as folder:
            for i in range(max(8, int(200 * o.scale))):
                with open(os.path.join(folder, f"p{i}.yaml"), "w") as f:
                    f.write(proposal(groups=3, activities=3))
            one = timed(o.coprod, ["check", "--jobs", "1", folder], o.repeats)[0]
            many = timed(o.coprod, ["check", "--jobs", "64", folder], o.repeats)[0]
        jobs_ratio = many / one
        print(f"\n--jobs 64 against --jobs 1 on {max(8, int(200 * o.scale))} files: "
              f"{many:.3f} s against {one:.3f} s, {jobs_ratio:.2f}x")
    if worst > LIMIT or jobs_ratio > JOBS_LIMIT:
        print(f"\nhostile scaling: a family's time or memory grew faster than {LIMIT}x per doubling, or --jobs 64 "
              f"was more than {JOBS_LIMIT}x --jobs 1", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
