// SPDX-License-Identifier: MIT
// libFuzzer target: custom-role JSON import, and writing back what it accepted.
#include "rolejson.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cc::RolesParseResult result
        = cc::parseRolesJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.ok())
        return 0;
    QVector<cc::Role> roles;
    for (const cc::RoleInput &input : result.roles)
        roles.append(input.role);
    // What was accepted must read back.
    const cc::RolesParseResult again = cc::parseRolesJson(QJsonDocument(cc::rolesToJson(roles)).toJson());
    if (!again.ok() || again.roles.size() != result.roles.size())
        __builtin_trap();
    return 0;
}
