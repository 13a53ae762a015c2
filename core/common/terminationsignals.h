#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace opsdeck {

// SIGTERM, SIGINT and SIGHUP as a Qt signal on the thread that made this object, so that a
// program asked to stop quits through its event loop (windows closed, layout kept, logs
// flushed) instead of dying mid-write. The handler only writes the signal's number to a socket
// pair, which is all a signal handler may safely do. Each handler is reset after it ran once:
// a second SIGINT ends a program that no longer answers the default way. One at a time.
class TerminationSignals : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override; // the default handlers again

    static QString name(int signal); // "SIGTERM"

Q_SIGNALS:
    void received(int signal);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace opsdeck
