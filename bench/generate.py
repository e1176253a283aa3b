#!/usr/bin/env python3
"""Writes a corpus of realistic coprod proposals for the benchmark and tests.

Each file is 3-10 KB of varied content. Most are valid; of those, some are
assured and most have findings (no lived-experience group, no early activity,
no continuation, a board that is not satisfied ...). About 3 in 100 are not
valid proposals (bad YAML, an unknown key, a malformed date, a duplicate key).
The same --seed always writes the same files.

    python3 bench/generate.py --count 1000 --out bench/out/corpus/1k
"""

import argparse
import os
import random
import sys

WORDS = (
    "people community carers service clinic waiting access evening weekend "
    "transport interpreter family home hospital discharge ward pharmacy "
    "wellbeing mental health children young older neighbourhood library hub "
    "peer support volunteers appointment referral drop-in phone online letter "
    "language travel costs childcare trust listening respect dignity time "
    "choice information leaflet easy-read stories experience outcome change "
    "partnership panel forum network survey session workshop visit outreach "
    "food bank mosque church school surgery practice nurse doctor advisor "
    "housing benefits debt loneliness isolation exercise walking garden cafe"
).split()

PLACES = ["Knowsley", "Sefton", "Wirral", "Halton", "St Helens", "Warrington",
          "Blackpool", "Preston", "Bolton", "Oldham", "Rochdale", "Wigan",
          "Barnsley", "Rotherham", "Doncaster", "Hull", "Grimsby", "Lincoln",
          "Derby", "Leicester", "Coventry", "Walsall", "Dudley", "Telford"]
ORGS = ["{} and District NHS Foundation Trust", "{} Place Partnership",
        "{} Primary Care Network", "{} Community Health Services",
        "{} Integrated Care Board", "{} Borough Council and NHS {}"]
SERVICES = ["diabetes education", "falls prevention", "perinatal mental health",
            "community pharmacy", "social prescribing", "frailty at home",
            "children's speech and language", "stroke rehabilitation",
            "memory assessment", "urgent community response", "weight management",
            "learning disability health checks", "sexual health", "smoking cessation"]
SOURCES = ["previous-work", "survey", "forum", "network", "incident", "quality",
           "segmented-data", "public-health", "complaints", "feedback",
           "patient-stories", "community"]
GROUP_KINDS = ["lived-experience", "carers", "community", "vcse", "healthwatch",
               "staff", "clinical", "system-partner", "public"]
COMMUNITIES = ["core20", "ethnic-minorities", "inclusion-health",
               "learning-disability-autism", "coastal", "rural",
               "refugees-asylum-seekers", "gypsy-roma-traveller", "lgbtq",
               "disabled", "older-people", "children-young-people", "carers",
               "homeless"]
METHODS = ["always-events", "ebcd", "open-space", "appreciative-inquiry",
           "storytelling", "co-design-group", "workshop", "world-cafe",
           "focus-group", "interviews", "peer-research", "citizens-panel",
           "survey", "consultation"]
STAGES = ["problem-definition", "design", "testing", "delivery", "evaluation"]
LEVELS = ["informing", "consultation", "engagement", "co-design", "co-production"]
SYSTEM_LEVELS = ["ics", "place", "pcn", "provider", "commissioner"]


def sentence(rng, lo=6, hi=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng, lo=1, hi=3):
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date(rng, year_lo=2024, year_hi=2025):
    return f"{rng.randint(year_lo, year_hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def proposal(rng, index, flaws):
    place = rng.choice(PLACES)
    service = rng.choice(SERVICES)
    org = rng.choice(ORGS).format(place, place)
    out = []
    w = out.append
    w(f"# {service.capitalize()} in {place}: proposal {index}")
    w("coprod: 1")
    w("")
    w("proposal:")
    w(f"  id: P-{index:06d}")
    w(f"  title: {quoted(f'Redesigning {service} with people in {place}')}")
    w(f"  organisation: {org}")
    w(f"  system_level: {rng.choice(SYSTEM_LEVELS)}")
    w(f"  lead: Director of {rng.choice(['Strategy', 'Nursing', 'Transformation', 'Operations'])}")
    w(f"  board: {rng.choice(['Trust Board', 'ICB Board', 'Quality Committee', 'Place Board'])}")
    w("  board_date: 2026-03-12")
    w(f"  decision: {paragraph(rng, 1, 2)}")
    w("")

    groups = []
    kinds = list(GROUP_KINDS)
    if "no-lived-experience" in flaws:
        kinds = [k for k in kinds if k not in ("lived-experience", "carers")]
    ngroups = rng.randint(3, 7)
    for g in range(ngroups):
        kind = "lived-experience" if g == 0 and "no-lived-experience" not in flaws else rng.choice(kinds)
        groups.append((f"{kind}-{g + 1}", kind))

    w("origin:")
    w(f"  question: {paragraph(rng, 1, 1)}")
    w("  sources:")
    for _ in range(rng.randint(1, 4)):
        w(f"    - kind: {rng.choice(SOURCES)}")
        w(f"      detail: {sentence(rng)}")
    w(f"  defined_with: [{groups[0][0]}]")
    w("")

    w("who:")
    w("  groups:")
    for gid, kind in groups:
        w(f"    - id: {gid}")
        w(f"      name: {quoted(f'{place} {kind.replace(chr(45), chr(32))} group {gid[-1]}')}")
        w(f"      kind: {kind}")
        w(f"      people: {rng.randint(3, 120)}")
        comms = rng.sample(COMMUNITIES, rng.randint(0, 3))
        if comms:
            w(f"      communities: [{', '.join(comms)}]")
        w(f"      reached_via: {rng.choice(['formal', 'informal', 'both'])}")
        w(f"      paid: {'true' if rng.random() < 0.85 else 'false'}")
    w("  seldom_heard:")
    for _ in range(rng.randint(1, 3)):
        w(f"    - {sentence(rng)}")
    w(f"  system_levels: [{', '.join(rng.sample(SYSTEM_LEVELS, rng.randint(1, 3)))}]")
    w("")

    activities = []
    stages = list(STAGES)
    if "late-only" in flaws:
        stages = ["testing", "delivery", "evaluation"]
    nact = rng.randint(2, 8)
    for a in range(nact):
        stage = rng.choice(stages) if a > 0 or "late-only" in flaws else "problem-definition"
        activities.append((f"activity-{a + 1}", stage))
    w("how:")
    w("  activities:")
    for aid, stage in activities:
        w(f"    - id: {aid}")
        w(f"      title: {quoted(sentence(rng, 3, 8).rstrip('.'))}")
        w(f"      method: {rng.choice(METHODS)}")
        w(f"      stage: {stage}")
        w(f"      level: {rng.choice(LEVELS)}")
        w(f"      date: {date(rng)}")
        members = rng.sample(groups, rng.randint(1, min(3, len(groups))))
        w(f"      groups: [{', '.join(g for g, _ in members)}]")
        w(f"      venue: {place} {rng.choice(['library', 'community hub', 'town hall', 'health centre'])}")
        if rng.random() < 0.5:
            w(f"      evidence: https://example.org/{place.lower().replace(' ', '-')}/{aid}")
    if rng.random() < 0.8:
        w(f"  power_sharing: {paragraph(rng, 1, 2)}")
    w(f"  payment_policy: {sentence(rng)}")
    w(f"  accessibility: [{', '.join(rng.sample(['interpreters', 'easy read', 'evening sessions', 'childcare', 'travel costs', 'step-free venue', 'BSL'], 3))}]")
    w("")

    w("outcomes:")
    w("  changes:")
    for _ in range(rng.randint(1, 5)):
        w(f"    - heard: {sentence(rng)}")
        w(f"      changed: {sentence(rng)}")
        w(f"      from: {rng.choice(activities)[0]}")
    w("  not_adopted:")
    w(f"    - heard: {sentence(rng)}")
    w(f"      reason: {sentence(rng)}")
    w("  measures:")
    for domain in rng.sample(["access", "experience", "outcomes"], rng.randint(1, 3)):
        w(f"    - name: {quoted(sentence(rng, 3, 6).rstrip('.'))}")
        w(f"      domain: {domain}")
        w(f"      target: {rng.randint(10, 95)}% of people")
    w(f"  inequalities: {paragraph(rng, 1, 2)}")
    w("  feedback_to_participants:")
    w(f"    date: {date(rng, 2025, 2025)}")
    w(f"    how: {sentence(rng)}")
    w("")

    w("questions:")
    for _ in range(rng.randint(1, 2)):
        w(f"  - question: {sentence(rng)}")
        w(f"    plan: {sentence(rng)}")
    w("")

    w("continuation:")
    if "no-continuation" not in flaws:
        w(f"  implementation: {paragraph(rng)}")
    w(f"  evaluation: {paragraph(rng)}")
    w("")

    w("evaluation:")
    w(f"  method: {paragraph(rng, 1, 2)}")
    w(f"  by: {rng.choice(['independent', 'internal', 'participants', 'joint'])}")
    w("  findings: |")
    for _ in range(rng.randint(2, 6)):
        w(f"    {sentence(rng, 10, 20)}")
    w("  improvements:")
    for _ in range(rng.randint(1, 3)):
        w(f"    - {sentence(rng)}")
    w("")

    w("assurance:")
    w(f"  sponsor: Chief {rng.choice(['Executive', 'Nurse', 'Operating Officer'])}")
    w(f"  ownership: {rng.choice(['full-board', 'full-board', 'committee', 'single-director'])}")
    w(f"  satisfied: {'false' if 'not-satisfied' in flaws else 'true'}")
    w(f"  signed_off_by: [executive-sponsor, {groups[0][0]}]")

    text = "\n".join(out) + "\n"
    if "invalid-yaml" in flaws:
        text = text.replace("\nwho:\n", "\nwho: [\n", 1)
    elif "unknown-key" in flaws:
        text = text.replace("\n  power_sharing:", "\n  power_shared:", 1)
    elif "bad-date" in flaws:
        text = text.replace("board_date: 2026-03-12", "board_date: 12/03/2026", 1)
    elif "duplicate-key" in flaws:
        text = text.replace("\n  board_date:", "\n  title: Again\n  board_date:", 1)
    return text


def flaws_for(rng):
    roll = rng.random()
    if roll < 0.03:
        return {rng.choice(["invalid-yaml", "unknown-key", "bad-date", "duplicate-key"])}
    flaws = set()
    for flaw, p in (("no-lived-experience", 0.15), ("late-only", 0.1),
                    ("no-continuation", 0.1), ("not-satisfied", 0.1)):
        if rng.random() < p:
            flaws.add(flaw)
    return flaws


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-folder", type=int, default=1000,
                        help="files per sub-folder (keeps folders a normal size)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    total = 0
    for i in range(args.count):
        folder = os.path.join(args.out, f"{i // args.per_folder:04d}")
        if i % args.per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        text = proposal(rng, i, flaws_for(rng))
        with open(os.path.join(folder, f"proposal-{i:06d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    print(f"wrote {args.count} proposals ({total / max(args.count, 1) / 1024:.1f} KB on average) "
          f"to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
