// SPDX-License-Identifier: MIT
// libFuzzer target: the importer's CSV/TSV reader and its number parsing.
#include "delimitedtable.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto format : { cc::import::DelimitedTable::Format::Csv, cc::import::DelimitedTable::Format::Tsv }) {
        try {
            const auto table = cc::import::DelimitedTable::parse(bytes, format, QStringLiteral("fuzz"));
            const int columns = table.rowCount() > 0 ? int(table.row(0).size()) : 0;
            table.column({ QStringLiteral("O*NET-SOC Code"), QStringLiteral("OCC_CODE") }, false);
            for (int r = 0; r < table.rowCount() && r < 64; ++r) {
                for (int c = 0; c < columns; ++c) {
                    try {
                        table.number(r, c);
                    } catch (const cc::import::ImportError &) {
                    }
                }
            }
        } catch (const cc::import::ImportError &e) {
            (void)e.toString();
        }
    }
    return 0;
}
