// The proposal header a rule's example starts with, written once for all the
// rules: a rule's own YAML follows it as an adjacent string literal, so that
// `Rule::example` is still one whole document, e.g.
//
//   .example = COPROD_EXAMPLE_TRUST R"yaml(who:
//     ...)yaml",
//
// The board checklist's, NHS England's principles' and the integrity rules'
// examples are a trust's proposal; the legal duties' an integrated care
// board's (`body: icb`), since most of those duties are an ICB's.
#pragma once

#define COPROD_EXAMPLE_TRUST            \
  "coprod: 1\n"                         \
  "proposal:\n"                         \
  "  title: Community diabetes clinics\n" \
  "  organisation: An NHS trust\n"      \
  "  lead: Director of Nursing\n"       \
  "  board_date: 2026-03-12\n"          \
  "  decision: Approve the community diabetes clinics.\n"

#define COPROD_EXAMPLE_ICB                                                  \
  "coprod: 1\n"                                                             \
  "proposal:\n"                                                             \
  "  title: Moving stroke rehabilitation into the community\n"              \
  "  organisation: NHS Example Integrated Care Board\n"                     \
  "  lead: Director of Strategy\n"                                          \
  "  board_date: 2026-06-11\n"                                              \
  "  decision: Approve moving stroke rehabilitation beds to community hubs.\n" \
  "  body: icb\n"
