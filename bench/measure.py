#!/usr/bin/env python3
"""Times coprod and its peers on the same corpora, side by side; bench/run calls it.

Every tool runs on the same files in the same run, round-robin within each
repeat so that noise from other work on the machine falls on all of them
alike. Wall and CPU time and peak memory come from GNU time; the tables show
medians and the ratios between tools.
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def measure(command, cwd):
    """Runs `command` once; returns (wall s, cpu s, peak KB, exit status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        with open(os.devnull, "wb") as null:
            status = subprocess.run([GNU_TIME, "-f", "%e %U %S %M", "-o", t.name] + command,
                                    stdout=null, stderr=null, cwd=cwd).returncode
        fields = t.read().split("\n")
        # GNU time writes "Command exited with non-zero status N" first when it did.
        line = [f for f in fields if f and not f.startswith("Command")][-1]
        wall, user, system, peak = line.split()
        return float(wall), float(user) + float(system), int(peak), status


def sample_folder(folder):
    """The first folder of the corpus that holds proposals: a small sample of it."""
    for path, dirs, names in sorted(os.walk(folder)):
        dirs.sort()
        if any(n.endswith((".yaml", ".yml")) for n in names):
            return path, sum(n.endswith((".yaml", ".yml")) for n in names)
    return folder, 0


def verify(label, command, folder, expected, cwd):
    """Stops the benchmark unless `command`, run untimed on one folder of the
    corpus in place of the whole, read every file there. The exit status cannot
    tell: coprod exits 2 on a corpus with invalid files, as on a usage error."""
    run = subprocess.run([folder if part == "{corpus}" else part for part in command],
                         cwd=cwd, capture_output=True, text=True)
    if not re.search(expected, run.stdout, re.MULTILINE):
        sys.exit(f"bench: {label} did not read the {folder} sample as expected "
                 f"(looked for \"{expected}\"); it printed:\n{(run.stdout + run.stderr)[-600:]}")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def fmt_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_mem(kb):
    return f"{kb / 1024:.0f} MB" if kb >= 10240 else f"{kb / 1024:.1f} MB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="the repository")
    parser.add_argument("--coprod", required=True)
    parser.add_argument("--floor", required=True, help="the parse_floor program")
    parser.add_argument("--spectral", help="the spectral program (skipped when not given)")
    parser.add_argument("--yamllint", help="the yamllint program (skipped when not given)")
    parser.add_argument("--corpus", action="append", required=True,
                        help="NAME=DIR, smallest first; may be repeated")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--big-repeats", type=int, default=1,
                        help="repeats for corpora of 100000 files or more")
    parser.add_argument("--peers-up-to", type=int, default=10**9,
                        help="run Spectral and yamllint only on corpora of at most this many files")
    parser.add_argument("--peer-repeats", type=int, default=0,
                        help="repeats for Spectral and yamllint (default: as for coprod)")
    parser.add_argument("--small-file", help="a proposal to time on its own")
    parser.add_argument("--small-runs", type=int, default=30)
    parser.add_argument("--json", help="write every measurement here")
    args = parser.parse_args()

    coprod_check = [args.coprod, "check", "--no-progress", "--today", "2026-01-01"]
    nproc = os.cpu_count() or 1
    results = []
    print(f"Machine: {nproc} cores ({len(os.sched_getaffinity(0))} usable), {cpu_model()}; "
          f"load average {os.getloadavg()[0]:.1f} at the start")
    print()

    for corpus in args.corpus:
        name, folder = corpus.split("=", 1)
        files = sum(len([f for f in fs if f.endswith((".yaml", ".yml"))])
                    for _, _, fs in os.walk(folder))
        repeats = args.big_repeats if files >= 100_000 else args.repeats
        big = files >= 100_000
        tools = [
            (f"coprod check (--jobs {nproc}, all cores)", coprod_check + [folder]),
            ("libfyaml events only (parse floor)", [args.floor, "--mode", "events", folder]),
        ]
        if not big:  # single-threaded and the breakdown of the parse: the big run is long enough without
            tools += [
                ("coprod check --jobs 1", coprod_check + ["--jobs", "1", folder]),
                ("coprod's tree from libfyaml events", [args.floor, "--mode", "tree", folder]),
            ]
        peers = set()
        if files <= args.peers_up_to:
            if args.spectral:
                peers.add("Spectral, six equivalent rules")
                tools.append(("Spectral, six equivalent rules",
                              [args.spectral, "lint", "--quiet", "-f", "text", "--ruleset",
                               os.path.join(args.root, "bench/spectral/.spectral.yaml"),
                               os.path.join(folder, "**/*.yaml")]))
            if args.yamllint:
                peers.add("yamllint (parse and style only)")
                tools.append(("yamllint (parse and style only)", [args.yamllint, "-f", "parsable", folder]))
        sample, sample_files = sample_folder(folder)
        for label, command in tools:
            if command[0] not in (args.coprod, args.floor):
                continue
            template = [("{corpus}" if part == folder else part) for part in command]
            # coprod's summary line, or the floor's count: "1000 proposals: …", "1000 files, …".
            expected = (rf"^{sample_files} proposals?:" if command[0] == args.coprod
                        else rf"^{sample_files} files,")
            verify(label, template, sample, expected, args.root)
        runs = {label: [] for label, _ in tools}
        peer_repeats = min(repeats, args.peer_repeats) if args.peer_repeats else repeats
        for r in range(repeats):
            for label, command in tools:
                if label in peers and r >= peer_repeats:
                    continue
                print(f"  {name}: run {r + 1} of {repeats}: {label} ...", file=sys.stderr, flush=True)
                runs[label].append(measure(command, args.root))
        rows = []
        for label, _ in tools:
            ms = runs[label]
            rows.append({
                "tool": label,
                "wall": statistics.median(m[0] for m in ms),
                "cpu": statistics.median(m[1] for m in ms),
                "peak_kb": max(m[2] for m in ms),
                "status": ms[0][3],
                "runs": [list(m) for m in ms],
            })
        results.append({"corpus": name, "folder": folder, "files": files, "repeats": repeats,
                        "peer_repeats": peer_repeats,
                        "rows": rows})

        note = f", {peer_repeats} for Spectral and yamllint" if peers and peer_repeats != repeats else ""
        print(f"### {name}: {files} files, median of {repeats} run{'s' if repeats > 1 else ''}{note}")
        print()
        print("| tool | wall | CPU | peak memory | per file (wall) | coprod (all cores) is faster by |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        base = rows[0]
        for row in rows:
            ratio = "" if row is base else f"{row['wall'] / max(base['wall'], 1e-3):.1f}x"
            print(f"| {row['tool']} | {fmt_time(row['wall'])} | {fmt_time(row['cpu'])} | "
                  f"{fmt_mem(row['peak_kb'])} | {row['wall'] / files * 1e6:.0f} µs | {ratio} |")
        single = next((r for r in rows if r["tool"] == "coprod check --jobs 1"), None)
        spectral = next((r for r in rows if r["tool"].startswith("Spectral")), None)
        floor = rows[1]
        print()
        if single:
            print(f"coprod --jobs 1 against the libfyaml parse floor: "
                  f"{single['cpu'] / max(floor['cpu'], 1e-3):.2f}x the CPU time "
                  f"(target: within 2.5x), "
                  f"{single['wall'] / max(floor['wall'], 1e-3):.2f}x the wall time.")
            print()
        if spectral:
            print(f"coprod on all cores against Spectral: "
                  f"{spectral['wall'] / max(base['wall'], 1e-3):.1f}x faster in wall time "
                  f"(target: at least 25x), {spectral['cpu'] / max(base['cpu'], 1e-3):.1f}x in CPU time.")
            print()
        sys.stdout.flush()

    if len(results) > 1:
        print("### Growth: wall time per file and peak memory as the corpus grows")
        print()
        print("| tool | " + " | ".join(f"{r['corpus']} per file | {r['corpus']} peak" for r in results) + " |")
        print("| --- |" + " ---: | ---: |" * len(results))
        labels = [row["tool"] for row in results[0]["rows"]]
        for label in labels:
            cells = []
            for r in results:
                row = next((x for x in r["rows"] if x["tool"] == label), None)
                cells += ["—", "—"] if row is None else [
                    f"{row['wall'] / r['files'] * 1e6:.0f} µs", fmt_mem(row["peak_kb"])]
            print(f"| {label} | " + " | ".join(cells) + " |")
        print()

    small = None
    if args.small_file:
        times = []
        peak = 0
        for _ in range(args.small_runs):
            wall, cpu, kb, _ = measure(coprod_check + [args.small_file], args.root)
            start = time.perf_counter()
            subprocess.run(coprod_check + [args.small_file], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, cwd=args.root)
            times.append(time.perf_counter() - start)
            peak = max(peak, kb)
        small = {"file": args.small_file, "median_s": statistics.median(times),
                 "min_s": min(times), "peak_kb": peak, "runs": len(times)}
        print(f"### One small file: `coprod check {os.path.relpath(args.small_file, args.root)}`")
        print()
        print(f"Whole process, {len(times)} runs: median {small['median_s'] * 1000:.1f} ms, "
              f"fastest {small['min_s'] * 1000:.1f} ms, peak memory {fmt_mem(peak)}.")
        print()

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"nproc": nproc, "cpu": cpu_model(), "results": results, "small": small}, f,
                      indent=1)


if __name__ == "__main__":
    main()
