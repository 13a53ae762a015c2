#pragma once

#include <QSettings>

#include <memory>

namespace opsdeck {

// The user's settings file in the XDG config location (~/.config/opsdeck/opsdeck.conf).
// Never holds a secret: those go to the keychain (SecretStore).
std::unique_ptr<QSettings> openAppSettings();

} // namespace opsdeck
