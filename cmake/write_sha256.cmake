# Writes FILE.sha256 beside FILE (the bundled catalogue's checksum, checked by catalogue_unchanged).
file(SHA256 "${FILE}" sum)
file(WRITE "${FILE}.sha256" "${sum}\n")
