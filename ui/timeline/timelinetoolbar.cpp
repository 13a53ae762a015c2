#include "timeline/timelinetoolbar.h"

#include "common/timedisplay.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

#include <algorithm>

namespace opsdeck::ui {

TimelineToolbar::TimelineToolbar(TimelineFilterProxy &proxy, QWidget *parent)
    : QToolBar(parent)
    , m_proxy(proxy)
    // Push buttons with menus: Fusion draws a tool button's menu arrow over its text.
    , m_types(new QPushButton(this))
    , m_author(new QComboBox(this))
    , m_pinnedOnly(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_utc(new QCheckBox(this))
    , m_jumpTime(new QDateTimeEdit(this))
    , m_jump(new QPushButton(this))
    , m_fit(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setIconSize(QSize(16, 16));
    auto *typeMenu = new QMenu(m_types);
    for (int type = 0; type <= int(TimelineEvent::Type::Custom); ++type) {
        QAction *action = typeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(type);
        connect(action, &QAction::toggled, this, &TimelineToolbar::applyTypeFilter);
    }
    m_types->setMenu(typeMenu);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_jumpTime->setDisplayFormat(TimeDisplay::dateTimeFormat(TimeDisplay::Precision::Seconds));
    m_jumpTime->setCalendarPopup(true);
    auto *exportMenu = new QMenu(m_export);
    for (const QString &format :
         {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json")}) {
        exportMenu->addAction(format, this, [this, format]() { Q_EMIT exportRequested(format); });
    }
    m_export->setMenu(exportMenu);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_types, m_author, m_search, m_fit, m_export}) {
        addWidget(widget);
    }
    addSeparator();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_pinnedOnly, m_utc, m_jumpTime, m_jump}) {
        addWidget(widget);
    }
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy.setAuthor(m_author->currentData().toString()); });
    connect(m_pinnedOnly, &QCheckBox::toggled, &m_proxy, &TimelineFilterProxy::setPinnedOnly);
    connect(m_search, &QLineEdit::textChanged, &m_proxy, &TimelineFilterProxy::setText);
    connect(m_utc, &QCheckBox::toggled, this,
            [](bool utc) { TimeDisplay::instance().setUtc(utc); });
    connect(m_jump, &QPushButton::clicked, this,
            [this]() { Q_EMIT jumpRequested(m_jumpTime->dateTime().toUTC()); });
    connect(m_fit, &QPushButton::clicked, this, &TimelineToolbar::fitRequested);
}

void TimelineToolbar::retranslateUi()
{
    m_types->setText(tr("Types"));
    m_types->setToolTip(tr("Show only some types of events"));
    for (QAction *action : m_types->menu()->actions()) {
        action->setText(TimelineModel::typeLabel(TimelineEvent::Type(action->data().toInt())));
    }
    m_pinnedOnly->setText(tr("Pinned only"));
    m_search->setPlaceholderText(tr("Filter events"));
    m_utc->setText(tr("UTC"));
    m_utc->setToolTip(tr("Show times in UTC instead of local time"));
    m_jump->setText(tr("Jump"));
    m_jump->setToolTip(tr("Select the first event at or after this time"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole incident in the graphical timeline"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the timeline as Markdown, CSV or JSON"));
    setAuthors(m_authors); // "Anyone" in the new language
}

void TimelineToolbar::setAuthors(const QStringList &authors)
{
    m_authors = authors;
    const QString current = m_author->currentData().toString();
    const QSignalBlocker block(m_author);
    m_author->clear();
    m_author->addItem(tr("Anyone"), QString());
    for (const QString &author : authors) {
        m_author->addItem(author, author);
    }
    m_author->setCurrentIndex(std::max(0, m_author->findData(current)));
}

void TimelineToolbar::setUtc(bool utc)
{
    m_jumpTime->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
    const QSignalBlocker block(m_utc);
    m_utc->setChecked(utc);
}

void TimelineToolbar::setJumpTime(const QDateTime &time)
{
    m_jumpTime->setDateTime(time);
}

void TimelineToolbar::applyTypeFilter()
{
    QList<TimelineEvent::Type> types;
    bool all = true;
    for (const QAction *action : m_types->menu()->actions()) {
        if (action->isChecked()) {
            types.append(TimelineEvent::Type(action->data().toInt()));
        } else {
            all = false;
        }
    }
    m_proxy.setTypes(all ? QList<TimelineEvent::Type>() : types);
}

} // namespace opsdeck::ui
