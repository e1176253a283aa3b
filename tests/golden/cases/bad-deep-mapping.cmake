# Ten thousand nested flow mappings.
string(REPEAT "{a: " 10000 open)
string(REPEAT "}" 10000 close)
file(WRITE "${WORK}/deep.yaml" "coprod: 1\nproposal: ${open}1${close}\n")
set(ARGS check ${WORK}/deep.yaml)
