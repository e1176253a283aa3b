# Ten thousand nested flow sequences, generated here rather than committed:
# a located error, not a stack overflow.
string(REPEAT "[" 10000 open)
string(REPEAT "]" 10000 close)
file(WRITE "${WORK}/deep.yaml" "coprod: 1\nproposal: ${open}${close}\n")
set(ARGS check ${WORK}/deep.yaml)
