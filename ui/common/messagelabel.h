#pragma once

#include <QLabel>

namespace opsdeck::ui {

// The line under a view or dialog that says what just went wrong (or right), in place of a
// message box: hidden while there is nothing to say.
class MessageLabel : public QLabel {
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);

    // An empty text hides the line; errors show in the error colour.
    void showMessage(const QString &text, bool isError);
};

} // namespace opsdeck::ui
