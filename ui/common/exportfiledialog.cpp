#include "common/exportfiledialog.h"

#include "common/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <array>

namespace opsdeck::ui {

QString exportNameFilter(const QString &suffix)
{
    struct Kind {
        QLatin1StringView suffix;
        const char *name;
    };
    static constexpr std::array<Kind, 5> Kinds{{
        {QLatin1StringView("md"), QT_TRANSLATE_NOOP("ExportFileDialog", "Markdown files")},
        {QLatin1StringView("html"), QT_TRANSLATE_NOOP("ExportFileDialog", "HTML pages")},
        {QLatin1StringView("pdf"), QT_TRANSLATE_NOOP("ExportFileDialog", "PDF documents")},
        {QLatin1StringView("csv"), QT_TRANSLATE_NOOP("ExportFileDialog", "CSV tables")},
        {QLatin1StringView("json"), QT_TRANSLATE_NOOP("ExportFileDialog", "JSON files")},
    }};
    const char *name = QT_TRANSLATE_NOOP("ExportFileDialog", "Files");
    for (const Kind &kind : Kinds) {
        if (kind.suffix == suffix) {
            name = kind.name;
        }
    }
    return QStringLiteral("%1 (*.%2)")
        .arg(QCoreApplication::translate("ExportFileDialog", name), suffix);
}

void openExportDialog(QWidget *parent, const QString &title, const QString &fileName,
                      const std::function<void(const QString &path)> &chosen)
{
    QString folder = readSetting(settings::LastExportFolder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString suffix = QFileInfo(fileName).suffix();
    auto *dialog = new QFileDialog(parent, title, folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({exportNameFilter(suffix),
                            QCoreApplication::translate("ExportFileDialog", "All files (*)")});
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(QDir(folder).filePath(fileName));
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [chosen](const QString &path) {
        writeSetting(settings::LastExportFolder, QFileInfo(path).absolutePath());
        chosen(path);
    });
    dialog->open();
}

} // namespace opsdeck::ui
