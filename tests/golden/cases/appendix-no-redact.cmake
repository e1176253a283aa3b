# --no-redact keeps personal data, and the appendix says redaction was turned off.
set(ARGS appendix tests/inputs/appendix/hostile.yaml --today 2026-06-30 --no-redact)
set(CHECK [[
# (In Markdown the address's `@` is escaped, so that no link is made of it.)
foreach(expected "jo.bloggs" "example.nhs.uk" "redaction was turned off")
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "`${expected}` is missing from the appendix")
  endif()
endforeach()
]])
