# The bundled catalogue's SHA-256 must still be the one committed beside it.
file(SHA256 "${CATALOGUE}" actual)
file(READ "${CATALOGUE}.sha256" expected)
string(STRIP "${expected}" expected)
if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${CATALOGUE} changed: sha256 ${actual}, expected ${expected} (${CATALOGUE}.sha256). "
                        "The app must never write it; after a deliberate rebuild (`--target catalogue`) both files are updated.")
endif()
message("catalogue unchanged: ${actual}")
