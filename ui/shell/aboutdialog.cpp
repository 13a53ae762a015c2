#include "shell/aboutdialog.h"

#include "common/appsettings.h"
#include "common/buildinfo.h"
#include "common/icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck::ui {

AboutDialog::AboutDialog(const QString &workspacePath, const QString &logFilePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Opsdeck"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(
        QStringLiteral("<h2>%1 %2</h2>").arg(BuildInfo::applicationName(), BuildInfo::version()),
        this);
    auto *summary = new QLabel(tr("A desktop operations console: alerts from Prometheus and "
                                  "Alertmanager, incidents with a live timeline, runbooks, "
                                  "blameless post-mortems and operational-maturity reviews."),
                               this);
    summary->setWordWrap(true);

    const QString noLogFile = tr("none (logging to the terminal only)");
    const QList<QPair<QString, QString>> rows = {
        {tr("Version"), BuildInfo::version()},
        {tr("Qt"), tr("%1 (built with %2)")
                       .arg(BuildInfo::qtRuntimeVersion(), BuildInfo::qtCompileVersion())},
        {tr("Log file"), logFilePath.isEmpty() ? noLogFile : logFilePath},
        {tr("Workspace"), workspacePath},
        {tr("Settings"), openAppSettings()->fileName()},
    };
    auto *form = new QFormLayout;
    QStringList lines;
    for (const auto &[name, value] : rows) {
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setObjectName(name);
        form->addRow(name + QLatin1Char(':'), label);
        lines.append(QStringLiteral("%1: %2").arg(name, value));
    }
    m_details = lines.join(QLatin1Char('\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addLayout(form);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace opsdeck::ui
