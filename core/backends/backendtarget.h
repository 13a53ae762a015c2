#pragma once

#include "model/backenddefinition.h"

#include <QString>

namespace opsdeck {

// A backend one piece of work talks to: its definition, the secret read from the keychain, and
// how results name it in `sources` (the console uses backend ids, the command line the names
// the user typed).
struct BackendTarget {
    BackendDefinition definition;
    QString secret;
    QString source;
};

} // namespace opsdeck
