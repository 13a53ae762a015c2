#include "common/messagelabel.h"

namespace opsdeck::ui {

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::showMessage(const QString &text, bool isError)
{
    setText(text);
    setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    setVisible(!text.isEmpty());
}

} // namespace opsdeck::ui
