#include "common/tablecolumns.h"
#include "common/wrappingbar.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using opsdeck::ui::WrappingBar;

namespace {

// A bar like the Alarms dock's: a search field first, three filter buttons second.
void fill(WrappingBar &bar)
{
    auto *search = new QLineEdit;
    search->setMinimumWidth(220);
    bar.first()->addWidget(search);
    for (const char *text : {"Critical", "Warning", "Silenced"}) {
        auto *button = new QPushButton(QString::fromLatin1(text));
        button->setMinimumWidth(90);
        bar.second()->addWidget(button);
    }
}

// Rows of three cells, replaced as a whole (a reset), as the catalogues' models do.
class RowsModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<QStringList> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_rows.at(index.row()).at(index.column()))
                                       : QVariant();
    }

private:
    QList<QStringList> m_rows;
};

RowsModel *threeColumns(QObject *parent)
{
    auto *model = new RowsModel(parent);
    model->setRows({{QStringLiteral("checkout"), QStringLiteral("short"), QStringLiteral("x")},
                    {QStringLiteral("payments"), QStringLiteral("brief"), QStringLiteral("y")}});
    return model;
}

} // namespace

class TestLayoutHelpers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrappingBarWrapsOnlyWhenBothGroupsDoNotFit()
    {
        // Inside a window, as in a dock: a window of its own would keep the side-by-side minimum.
        QWidget window;
        auto &bar = *new WrappingBar(&window);
        fill(bar);
        const int sideBySide = bar.first()->sizeHint().width() + bar.second()->sizeHint().width();
        window.resize(sideBySide + 200, 200);
        bar.resize(sideBySide + 100, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!bar.isWrapped());
        const int oneLineHeight = bar.minimumSizeHint().height();

        bar.resize(bar.first()->minimumSize().width() + 10, 40);
        QTRY_VERIFY(bar.isWrapped());
        // Wrapped, the bar needs the wider group's width and both groups' height.
        QCOMPARE(bar.minimumSizeHint().width(),
                 std::max(bar.first()->minimumSize().width(), bar.second()->minimumSize().width()));
        QVERIFY(bar.minimumSizeHint().width() < sideBySide);
        QVERIFY(bar.minimumSizeHint().height() > oneLineHeight);

        bar.resize(sideBySide + 100, bar.height());
        QTRY_VERIFY(!bar.isWrapped());
        QCOMPARE(bar.minimumSizeHint().height(), oneLineHeight);
    }

    void secondaryColumnsYieldInANarrowTable()
    {
        QTableView table;
        table.setModel(threeColumns(&table));
        opsdeck::ui::hideWhenNarrow(&table, {1, 2}, 500);
        table.resize(700, 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(!table.isColumnHidden(1));
        QVERIFY(!table.isColumnHidden(2));

        table.resize(400, 200);
        QTRY_VERIFY(table.isColumnHidden(1));
        QVERIFY(table.isColumnHidden(2));
        QVERIFY(!table.isColumnHidden(0)); // the main column never yields

        table.resize(520, 200);
        QTRY_VERIFY(!table.isColumnHidden(1));
        QVERIFY(!table.isColumnHidden(2));
    }

    void aColumnFittedWhileHiddenIsFittedWhenShown()
    {
        QTableView table;
        auto *model = new RowsModel(&table);
        table.setModel(model);
        opsdeck::ui::hideWhenNarrow(&table, {1, 2}, 500);
        table.resize(400, 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_VERIFY(table.isColumnHidden(1));
        // Fitted while hidden and still empty (a list whose rows load later): no width at all.
        table.resizeColumnToContents(1);
        model->setRows({{QStringLiteral("checkout"), QStringLiteral("a longer secondary text"),
                         QStringLiteral("x")}});
        table.resize(900, 200);
        QTRY_VERIFY(!table.isColumnHidden(1));
        const int text =
            table.fontMetrics().horizontalAdvance(model->index(0, 1).data().toString());
        QVERIFY2(table.columnWidth(1) >= text,
                 qPrintable(QStringLiteral("%1 < %2").arg(table.columnWidth(1)).arg(text)));

        // A very long value (a post-mortem's title) is fitted only up to the cap of secondary
        // columns, as on a reset: the text column keeps the room.
        table.resize(400, 200);
        QTRY_VERIFY(table.isColumnHidden(1));
        table.setColumnWidth(1, 0);
        model->setRows(
            {{QStringLiteral("checkout"), QString(300, QLatin1Char('x')), QStringLiteral("x")}});
        table.resize(900, 200);
        QTRY_VERIFY(!table.isColumnHidden(1));
        QVERIFY(table.columnWidth(1) > text);
        QVERIFY2(table.columnWidth(1) < 200, qPrintable(QString::number(table.columnWidth(1))));
    }

    void aLongSecondaryTextDoesNotPushTheRestAway()
    {
        QTableView table;
        auto *model = threeColumns(&table);
        table.setModel(model);
        table.resize(900, 200);
        opsdeck::ui::fitColumnsOnReset(&table, 0);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const int shortWidth = table.columnWidth(1);

        // A reset with a very long value in a secondary column: it is capped, and the text
        // column takes what is left, so the list fills its width without scrolling sideways.
        model->setRows(
            {{QStringLiteral("a"), QString(400, QLatin1Char('x')), QStringLiteral("z")}});
        QVERIFY(table.columnWidth(1) > shortWidth);
        QVERIFY(table.columnWidth(1) < 200);
        QTRY_COMPARE(table.horizontalHeader()->length(), table.viewport()->width());
        QVERIFY(table.columnWidth(0) > table.columnWidth(1));
        QVERIFY(!table.horizontalScrollBar()->isVisible());

        // A narrower dock: the text column gives way, the secondary columns keep their width.
        const int secondary = table.columnWidth(1);
        table.resize(600, 200);
        QTRY_COMPARE(table.horizontalHeader()->length(), table.viewport()->width());
        QCOMPARE(table.columnWidth(1), secondary);
        QVERIFY(!table.horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestLayoutHelpers)
#include "tst_layouthelpers.moc"
