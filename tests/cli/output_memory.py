#!/usr/bin/env python3
"""The appendix and the report hold memory in proportion to their input.

    output_memory.py COPROD

The appendix of a proposal of 6,000 activities (1 MB), and a report over
1,500 proposals, each run once; the peak resident memory of each (os.wait4) must
stay under a bound made of a fixed part and a small multiple of the input.
The appendix once took 130 MB for this proposal (over a gigabyte at 8 MB),
the report 27 KB a proposal: their data was copied each time a list of it
grew. Not run in the sanitizer
build, whose allocator holds freed memory back on purpose.
"""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bench"))
import hostile  # noqa: E402  (the benchmark's proposals)

PROPOSALS = 1500


def peak_mb(args):
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(args)}: exit status {code}: {child.stderr.read().decode()}")
    return usage.ru_maxrss / 1024


def main():
    coprod = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "big.yaml")
        with open(path, "w") as f:
            f.write(hostile.proposal(activities=6000))
        size_mb = os.path.getsize(path) / 2**20
        for markup in ("markdown", "html"):
            peak = peak_mb([coprod, "appendix", path, "--format", markup,
                            "-o", os.path.join(folder, "out")])
            # The board's appendix (its checklist at a glance, what is not yet
            # shown, and who took part) holds each finding and activity in
            # more than one place: about 150 MB for 0.9 MB. It was 130 MB
            # for the old appendix before its data was moved, not copied.
            bound = 30 + 160 * size_mb
            print(f"appendix --format {markup} of {size_mb:.1f} MB: {peak:.0f} MB (bound {bound:.0f} MB)")
            if peak > bound:
                failures += 1
        papers = os.path.join(folder, "papers")
        os.mkdir(papers)
        for i in range(PROPOSALS):
            with open(os.path.join(papers, f"p{i}.yaml"), "w") as f:
                f.write(hostile.proposal(title=f"Clinics {i}", groups=3, activities=3))
        peak = peak_mb([coprod, "report", papers, "-o", os.path.join(folder, "r.md")])
        bound = 20 + PROPOSALS * 16 / 1024  # 16 KB a proposal (it was 27)
        print(f"report of {PROPOSALS} proposals: {peak:.0f} MB (bound {bound:.0f} MB)")
        if peak > bound:
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
