#pragma once

#include <QInputDialog>

#include <functional>

namespace opsdeck::ui {

// Asks for the user's severity mapping ("P1=critical, sev3=warning"); while an entry does not
// read, asks again in a new dialog naming it, and stores nothing. Once every entry reads, it
// is stored and `saved` runs. Each dialog deletes itself when closed.
class SeverityMappingDialog : public QInputDialog {
    Q_OBJECT
public:
    static void openFor(QWidget *parent, const QString &text, std::function<void()> saved,
                        const QString &problem = {});

private:
    SeverityMappingDialog(QWidget *parent, const QString &text, std::function<void()> saved,
                          const QString &problem);
    void check(const QString &value);

    std::function<void()> m_saved;
};

} // namespace opsdeck::ui
