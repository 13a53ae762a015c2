#include "faultyhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace opsdeck::test {

FaultyHttpServer::FaultyHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray received = socket->readAll();
                // The rest of a request's body, after the answer was sent: nothing to do.
                if (socket->property("answered").toBool()) {
                    return;
                }
                socket->setProperty("answered", true);
                // "GET /api/v2/alerts HTTP/1.1": the path is the second word.
                m_lastRequestLine = received.split('\n').value(0).trimmed();
                const QByteArray path = m_lastRequestLine.split(' ').value(1);
                ++m_requests;
                if (m_behaviour == Behaviour::Respond) {
                    socket->write(m_routes.value(path, m_response));
                    socket->disconnectFromHost();
                } else if (m_behaviour == Behaviour::Vanish) {
                    const qsizetype headerEnd = m_response.indexOf("\r\n\r\n") + 4;
                    const qsizetype bodySize = m_response.size() - headerEnd;
                    socket->write(m_response.left(headerEnd + bodySize / 2));
                    // Gone a moment later, mid-answer, as a crashing server or a cut cable.
                    QTimer::singleShot(200, socket, [socket] { socket->abort(); });
                } else if (m_behaviour == Behaviour::Trickle) {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 100000\r\n\r\n");
                    auto *drip = new QTimer(socket);
                    connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                    drip->start(100);
                }
            });
        }
    });
}

bool FaultyHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultyHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void FaultyHttpServer::serveAlertmanager(const QByteArray &alertsJson)
{
    const QByteArray json = "application/json";
    m_behaviour = Behaviour::Respond;
    setRoute("/api/v2/alerts", response("200 OK", json, alertsJson));
    setRoute("/api/v2/silences", response("200 OK", json, "[]"));
    setRoute("/api/v2/status", response("200 OK", json,
                                        "{\"versionInfo\":{\"version\":\"0.25.0\"},"
                                        "\"cluster\":{\"status\":\"disabled\"}}"));
}

QByteArray FaultyHttpServer::response(const QByteArray &status, const QByteArray &contentType,
                                      const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace opsdeck::test
