#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QUrl>

namespace opsdeck::test {

// A fake HTTP server for faults a real Prometheus or Alertmanager cannot be made to produce:
// garbage bodies, HTML error pages, oversize answers, a server that accepts and never answers.
// Everything else is tested against the real servers.
class FaultyHttpServer : public QObject {
    Q_OBJECT
public:
    enum class Behaviour {
        Respond, // send `response` (a whole raw HTTP response) and close
        Stall,   // accept, read, never answer
        Trickle, // send headers, then one byte of body every 100 ms, never finishing
        Vanish,  // send headers announcing `response`'s body, half of it, then close mid-answer
    };

    explicit FaultyHttpServer(QObject *parent = nullptr);

    bool listen(); // on a free loopback port
    QUrl url() const;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setResponse(QByteArray response) { m_response = std::move(response); }
    // With Respond, requests for `path` ("/api/v2/status") get this response instead.
    void setRoute(const QByteArray &path, QByteArray response)
    {
        m_routes[path] = std::move(response);
    }
    void clearRoutes() { m_routes.clear(); }
    int requestCount() const { return m_requests; }
    // "POST /api/v1/query_range HTTP/1.1": the first line of the last request.
    QByteArray lastRequestLine() const { return m_lastRequestLine; }

    // Answers as a healthy Alertmanager 0.25.0 would: these alerts (a JSON array), no
    // silences, its status.
    void serveAlertmanager(const QByteArray &alertsJson);

    // A raw response with the given status line, content type and body.
    static QByteArray response(const QByteArray &status, const QByteArray &contentType,
                               const QByteArray &body);

private:
    QTcpServer m_server;
    Behaviour m_behaviour = Behaviour::Respond;
    QByteArray m_response;
    QHash<QByteArray, QByteArray> m_routes;
    int m_requests = 0;
    QByteArray m_lastRequestLine;
};

} // namespace opsdeck::test
