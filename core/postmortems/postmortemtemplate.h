#pragma once

#include "model/postmortem.h"

#include <QList>

namespace opsdeck {

// The sections a post-mortem starts with. The default follows the blameless structure; each
// section starts with a short prompt for the author (an HTML comment, so it does not show in
// the rendered document).
class PostMortemTemplate {
public:
    static QList<PostMortem::Section> blameless();
    // The key of the section with this title in `sections` (case and spacing ignored), or "".
    static QString keyOfTitle(const QList<PostMortem::Section> &sections, const QString &title);
};

} // namespace opsdeck
