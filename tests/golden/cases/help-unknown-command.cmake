# A mistyped command after help gets the nearest.
set(ARGS help chek)
