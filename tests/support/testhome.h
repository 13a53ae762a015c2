#pragma once

#include <QTemporaryDir>

namespace opsdeck::test {

// Gives the test process a temporary HOME and test-mode standard paths, so that settings,
// logs and workspaces of a test never touch the user's own or another test's.
// Construct before the QCoreApplication.
class TestHome {
public:
    TestHome();
    QString path() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};

} // namespace opsdeck::test

// main() for a test class: a TestHome, then the application object, then the tests.
#define OPSDECK_TEST_MAIN_WITH(AppClass, TestClass)                                                \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        const opsdeck::test::TestHome home;                                                        \
        AppClass app(argc, argv);                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

#define OPSDECK_TEST_MAIN(TestClass) OPSDECK_TEST_MAIN_WITH(QApplication, TestClass)
#define OPSDECK_TEST_GUILESS_MAIN(TestClass) OPSDECK_TEST_MAIN_WITH(QCoreApplication, TestClass)
