#include "postmortems/postmortemsdock.h"

namespace opsdeck::ui {

PostMortemsDock::PostMortemsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-postmortems"), parent)
{
    retranslateUi();
}

void PostMortemsDock::retranslateUi()
{
    setWindowTitle(tr("Post-mortems"));
    setEmptyState(tr("No post-mortems"),
                  tr("Blameless post-mortems written from incidents are listed here."));
}

} // namespace opsdeck::ui
