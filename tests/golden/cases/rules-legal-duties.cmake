# One framework's rules.
set(ARGS rules --framework legal-duties)
