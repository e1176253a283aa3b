# Proposal text with Markdown syntax in it comes out as the same words, with no
# formatting, links, HTML or broken lines.
set(ARGS check --today 2026-06-30 --format markdown tests/inputs/markdown-hostile.yaml)
