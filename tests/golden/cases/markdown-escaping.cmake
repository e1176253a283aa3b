# Proposal text with Markdown syntax in it comes out as the same words, with no
# formatting, links, HTML or broken lines.
set(ARGS check --today 2026-01-01 --format markdown tests/inputs/markdown-hostile.yaml)
