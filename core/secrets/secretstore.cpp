#include "secrets/secretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace opsdeck {
namespace {

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    result.ok = job.error() == QKeychain::NoError;
    result.notFound = job.error() == QKeychain::EntryNotFound;
    if (!result.ok) {
        result.error = job.errorString();
    }
    return result;
}

// Runs `done` when the job finishes. The connection's context is the store: if the store is
// destroyed first, Qt drops the connection and `done` never runs.
void finishWith(QKeychain::Job *job, SecretStore *store, SecretStore::Callback done,
                std::function<void(const QKeychain::Job &, SecretResult &)> fill = {})
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [done = std::move(done), fill = std::move(fill)](QKeychain::Job *finished) {
                         SecretResult result = resultOf(*finished);
                         if (fill) {
                             fill(*finished, result);
                         }
                         if (done) {
                             done(result);
                         }
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void SecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    finishWith(job, this, std::move(done));
}

void SecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    finishWith(job, this, std::move(done),
               [](const QKeychain::Job &finished, SecretResult &result) {
                   if (result.ok) {
                       result.secret =
                           static_cast<const QKeychain::ReadPasswordJob &>(finished).textData();
                   }
               });
}

void SecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    finishWith(job, this, std::move(done));
}

} // namespace opsdeck
