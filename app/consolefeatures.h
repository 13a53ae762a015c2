#pragma once

#include "model/backendendpoint.h"
#include "shell/feature.h"

#include <memory>
#include <vector>

namespace opsdeck::app {

// The features of one console, in the order their views, menus and perspectives appear.
// Each feature is built with the services of the features before it; the two links to
// features after it (declaring incidents, the runbook library) are made here too.
class ConsoleFeatures {
public:
    // `sessionBackends` (from --prometheus/--alertmanager) replace the workspace's backends
    // for this session.
    ConsoleFeatures(const ui::FeatureEnvironment &environment,
                    const QList<BackendEndpoint> &sessionBackends = {});
    ~ConsoleFeatures();
    ConsoleFeatures(const ConsoleFeatures &) = delete;
    ConsoleFeatures &operator=(const ConsoleFeatures &) = delete;

    QList<ui::Feature *> list() const;
    // Once the window is shown: every feature reads the workspace and starts polling.
    void start(ui::WindowHost &host);

private:
    template <typename F, typename... Args>
    F &add(Args &&...args)
    {
        auto feature = std::make_unique<F>(std::forward<Args>(args)...);
        F &added = *feature;
        m_features.push_back(std::move(feature));
        return added;
    }

    std::vector<std::unique_ptr<ui::Feature>> m_features;
};

} // namespace opsdeck::app
