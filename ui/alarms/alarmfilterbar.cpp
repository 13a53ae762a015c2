#include "alarms/alarmfilterbar.h"

#include "common/appsettings.h"
#include "common/icons.h"
#include "common/wrappingbar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck::ui {

// The widgets are made in the order they were made when they lived in the dock, so the focus
// chain (Tab) goes through them as before.
AlarmFilterBar::AlarmFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_savedFilters(new QComboBox(this))
    , m_saveFilterButton(new QToolButton(this))
    , m_removeFilterButton(new QToolButton(this))
    , m_groupBy(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_groupByLabel(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("alarmFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterError->setObjectName(QStringLiteral("alarmFilterError"));
    m_filterError->setWordWrap(true);
    m_filterError->setVisible(false);
    // A warning, not a selection: amber, as the filter keeps working with the last good one.
    m_filterError->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a;"
                       " border-radius: 3px; padding: 2px 6px; }"));
    m_savedFilters->setObjectName(QStringLiteral("savedFilters"));
    m_savedFilters->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_savedFilters, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            m_filter->setText(m_savedFilters->itemText(index));
            applyFilter(m_filter->text());
        }
    });
    m_saveFilterButton->setObjectName(QStringLiteral("saveFilter"));
    m_saveFilterButton->setIcon(Icons::load(QStringLiteral("action-save")));
    connect(m_saveFilterButton, &QToolButton::clicked, this, &AlarmFilterBar::saveFilter);
    m_removeFilterButton->setObjectName(QStringLiteral("removeFilter"));
    m_removeFilterButton->setIcon(Icons::load(QStringLiteral("action-remove")));
    connect(m_removeFilterButton, &QToolButton::clicked, this, &AlarmFilterBar::removeSavedFilter);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->setEditable(true);
    m_groupBy->setInsertPolicy(QComboBox::NoInsert);
    // Item 0 is "(none)", a flat list; the rest are label names. Clicking the field opens the
    // list, and any other label can be typed.
    m_groupBy->lineEdit()->installEventFilter(this);
    m_groupBy->addItems({QString(), QStringLiteral("alertname"), QStringLiteral("severity"),
                         QStringLiteral("service"), QStringLiteral("job"),
                         QStringLiteral("instance"), QStringLiteral("namespace"),
                         QStringLiteral("cluster")});
    connect(m_groupBy->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { Q_EMIT groupLabelChosen(groupLabel()); });
    connect(m_groupBy, &QComboBox::activated, this,
            [this] { Q_EMIT groupLabelChosen(groupLabel()); });
    m_counts->setObjectName(QStringLiteral("alarmCounts"));

    // The row, and the mistake (when there is one) on a line of its own under it.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    // Grouping and counts go under the filter when the dock is narrow.
    auto *row = new WrappingBar(this);
    row->setContentsMargins(4, 4, 4, 0);
    row->first()->addWidget(m_filter, 3);
    row->first()->addWidget(m_savedFilters, 1);
    row->first()->addWidget(m_saveFilterButton);
    row->first()->addWidget(m_removeFilterButton);
    row->second()->addSpacing(12);
    row->second()->addWidget(m_groupByLabel);
    row->second()->addWidget(m_groupBy);
    row->second()->addSpacing(12);
    row->second()->addWidget(m_counts);
    m_leading = row->first();
    column->addWidget(row);
    column->addWidget(m_filterError);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { applyFilter(m_filter->text()); });
    retranslateUi();
}

void AlarmFilterBar::retranslateUi()
{
    m_filter->setPlaceholderText(
        tr("Filter: severity=critical  job=~\"api.*\"  @state=active  @silenced=false  words"));
    m_filter->setToolTip(
        tr("Terms separated by spaces; all must hold.\nlabel=value, label!=value, "
           "label=~regex, label!~regex\n@state=active|suppressed|unprocessed|pending|firing, "
           "@backend=name, @silenced=true|false\nOther words are searched in the name, labels "
           "and summary."));
    m_savedFilters->setToolTip(tr("Saved filters of this perspective"));
    if (m_savedFilters->count() == 0) {
        m_savedFilters->addItem(QString());
    }
    m_savedFilters->setItemText(0, tr("Saved filters"));
    m_saveFilterButton->setToolTip(tr("Save this filter for the perspective"));
    m_removeFilterButton->setToolTip(tr("Remove the chosen saved filter"));
    m_groupByLabel->setText(tr("Group by"));
    m_groupBy->setItemText(0, tr("(none)"));
    m_groupBy->setToolTip(tr("Group the alerts by a label, or (none) for a flat list; any "
                             "label name can be typed"));
}

void AlarmFilterBar::setLeadingToolBar(QToolBar *toolBar)
{
    m_leading->insertWidget(0, toolBar);
}

// --- the filter --------------------------------------------------------------------------

QString AlarmFilterBar::filterText() const
{
    return m_filter->text();
}

bool AlarmFilterBar::setFilterText(const QString &text)
{
    m_filter->blockSignals(true); // no typing pause to wait for
    m_filter->setText(text);
    m_filter->blockSignals(false);
    return applyFilter(text);
}

bool AlarmFilterBar::applyFilter(const QString &text)
{
    m_filterDelay->stop();
    FilterError error;
    const AlertFilter filter = AlertFilter::parse(text, &error);
    if (!error.isEmpty()) {
        // The table keeps the last valid filter while the expression is being fixed.
        m_filterError->setText(tr("Column %1: %2").arg(error.column).arg(error.message));
        m_filterError->setVisible(true);
        return false;
    }
    m_filterError->clear();
    m_filterError->setVisible(false);
    Q_EMIT filterApplied(filter);
    return true;
}

QString AlarmFilterBar::filterError() const
{
    return m_filterError->text();
}

void AlarmFilterBar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

// --- grouping and counts -----------------------------------------------------------------

void AlarmFilterBar::showGroupLabel(const QString &label)
{
    if (label.isEmpty()) {
        m_groupBy->setCurrentIndex(0);
    } else if (m_groupBy->currentText() != label) {
        m_groupBy->setCurrentText(label);
    }
}

QString AlarmFilterBar::groupLabel() const
{
    const QString text = m_groupBy->currentText().trimmed();
    return text == m_groupBy->itemText(0) ? QString() : text;
}

bool AlarmFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_groupBy->lineEdit() && event->type() == QEvent::MouseButtonPress &&
        !m_groupBy->view()->isVisible()) {
        m_groupBy->showPopup();
    }
    return QWidget::eventFilter(watched, event);
}

void AlarmFilterBar::showCounts(const QString &text)
{
    m_counts->setText(text);
}

// --- saved filters: item 0 is the box's title, the rest the perspective's filters ----------

void AlarmFilterBar::setPerspective(const QString &perspectiveId)
{
    m_perspectiveId = perspectiveId;
    const QStringList saved = readSetting(settings::alarmsSavedFilters(m_perspectiveId));
    while (m_savedFilters->count() > 1) {
        m_savedFilters->removeItem(1);
    }
    m_savedFilters->addItems(saved);
    m_savedFilters->setCurrentIndex(0);
}

void AlarmFilterBar::saveFilter()
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty() || !applyFilter(text) || m_savedFilters->findText(text) > 0) {
        return;
    }
    m_savedFilters->addItem(text);
    storeSavedFilters();
    m_savedFilters->setCurrentIndex(m_savedFilters->count() - 1);
}

void AlarmFilterBar::removeSavedFilter()
{
    const int index = m_savedFilters->currentIndex();
    if (index <= 0) {
        return;
    }
    m_savedFilters->removeItem(index);
    storeSavedFilters();
    m_savedFilters->setCurrentIndex(0);
}

void AlarmFilterBar::storeSavedFilters() const
{
    QStringList saved;
    for (int i = 1; i < m_savedFilters->count(); ++i) {
        saved.append(m_savedFilters->itemText(i));
    }
    writeSetting(settings::alarmsSavedFilters(m_perspectiveId), saved);
}

} // namespace opsdeck::ui
