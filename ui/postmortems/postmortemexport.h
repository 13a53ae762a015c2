#pragma once

#include "model/postmortem.h"

#include <QByteArray>

#include <optional>

namespace opsdeck::ui {

// A post-mortem as a file: GitHub-flavoured Markdown (PostMortemMarkdown), self-contained HTML
// (user text escaped, charts embedded as PNG data) or PDF (QPdfWriter, charts included).
// Safe on a worker thread; needs a QGuiApplication (fonts) for HTML and PDF.
class PostMortemExport {
public:
    enum class Format { Markdown, Html, Pdf };

    static std::optional<Format> formatFromName(const QString &name); // md, html, pdf
    static QString formatName(Format format);                         // md, html, pdf
    static QString fileSuffix(Format format);                         // .md, .html, .pdf

    // The file's bytes; on failure nothing and `error` says why.
    static std::optional<QByteArray> render(const PostMortem &postMortem, Format format,
                                            QString *error);
};

} // namespace opsdeck::ui
