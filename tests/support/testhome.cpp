#include "testhome.h"

#include <QStandardPaths>

namespace opsdeck::test {

TestHome::TestHome()
{
    qputenv("HOME", m_home.path().toLocal8Bit());
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        qunsetenv(variable);
    }
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace opsdeck::test
