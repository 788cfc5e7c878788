// SPDX-License-Identifier: GPL-3.0-or-later
// A private Prometheus for tests: node_exporters on free loopback ports and one prometheus that
// scrapes them every second, its config and storage in a temporary directory; every process
// stopped by PID.
#pragma once

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace tcplab::testing
{

class PrometheusLab
{
public:
    static inline const QString kPrometheus = QStringLiteral("/usr/bin/prometheus");
    static inline const QString kExporter = QStringLiteral("/usr/bin/prometheus-node-exporter");

    QTemporaryDir dir;
    std::vector<std::unique_ptr<QProcess>> exporters;
    QProcess prometheus;
    QList<quint16> exporterPorts;
    quint16 prometheusPort = 0;

    // "" when both programs are installed, else what is missing.
    static QByteArray whyUnavailable()
    {
        if (!QFile::exists(kPrometheus))
            return "prometheus is not installed (in TCPLAB_TEST_PACKAGES of scripts/packages.sh)";
        if (!QFile::exists(kExporter))
            return "prometheus-node-exporter is not installed (in TCPLAB_TEST_PACKAGES of scripts/packages.sh)";
        return {};
    }

    QString instance(int i) const
    {
        return QStringLiteral("127.0.0.1:%1").arg(exporterPorts.value(i));
    }
    QUrl server() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(prometheusPort));
    }

    // Starts `exporterCount` exporters (netstat with every field, netdev with loopback, cpu,
    // sockstat) and Prometheus scraping them; false with *error when something did not start.
    bool start(int exporterCount, QString *error)
    {
        // Distinct free ports: the probes are held until all are chosen.
        QTcpServer probes[8];
        for (int i = 0; i <= exporterCount && i < 8; ++i) {
            if (!probes[i].listen(QHostAddress::LocalHost, 0)) {
                *error = QStringLiteral("no free loopback port");
                return false;
            }
        }
        for (int i = 0; i < exporterCount; ++i)
            exporterPorts << probes[i].serverPort();
        prometheusPort = probes[exporterCount].serverPort();
        for (QTcpServer &probe : probes)
            probe.close();
        QStringList targets;
        for (int i = 0; i < exporterCount; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(kExporter,
                           {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(exporterPorts[i]),
                            QStringLiteral("--collector.disable-defaults"),
                            QStringLiteral("--collector.netstat"),
                            QStringLiteral("--collector.netstat.fields=.*"),
                            QStringLiteral("--collector.netdev"),
                            // Debian's default leaves loopback out; the lab's traffic is there.
                            QStringLiteral("--collector.netdev.device-exclude=^$"),
                            QStringLiteral("--collector.cpu"),
                            QStringLiteral("--collector.sockstat")});
            if (!process->waitForStarted(10000)) {
                *error = QStringLiteral("node_exporter did not start: ") + process->errorString();
                return false;
            }
            exporters.push_back(std::move(process));
            targets << QLatin1Char('\'') + instance(i) + QLatin1Char('\'');
        }
        // scrape_timeout must not be longer than the interval, and its default is 10 s.
        QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
        if (!config.open(QIODevice::WriteOnly)) {
            *error = config.errorString();
            return false;
        }
        config.write(QStringLiteral("global:\n"
                                    "  scrape_interval: 1s\n"
                                    "  scrape_timeout: 1s\n"
                                    "scrape_configs:\n"
                                    "  - job_name: node\n"
                                    "    static_configs:\n"
                                    "      - targets: [%1]\n")
                         .arg(targets.join(QLatin1String(", ")))
                         .toUtf8());
        config.close();
        prometheus.setProcessChannelMode(QProcess::MergedChannels);
        prometheus.start(kPrometheus,
                         {QStringLiteral("--config.file=") + config.fileName(),
                          QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(prometheusPort)});
        if (!prometheus.waitForStarted(10000)) {
            *error = QStringLiteral("prometheus did not start: ") + prometheus.errorString();
            return false;
        }
        return true;
    }

    // Successful scrapes Prometheus holds for an exporter (-1 while it cannot say).
    int recordedScrapes(const QString &target)
    {
        QUrl url = server();
        url.setPath(QStringLiteral("/api/v1/query"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("query"), QStringLiteral("count_over_time(node_netstat_Tcp_ActiveOpens{instance=\"%1\"}[10m])").arg(target));
        url.setQuery(query);
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
            return -1;
        const QJsonArray result = QJsonDocument::fromJson(reply->readAll())[QLatin1String("data")][QLatin1String("result")].toArray();
        if (result.isEmpty())
            return 0;
        return result[0][QLatin1String("value")][1].toString().toInt();
    }

    void stop()
    {
        for (QProcess *process : {&prometheus}) {
            if (process->state() != QProcess::NotRunning) {
                process->kill(); // by its PID, through QProcess
                process->waitForFinished(10000);
            }
        }
        for (auto &exporter : exporters) {
            if (exporter->state() != QProcess::NotRunning) {
                exporter->kill();
                exporter->waitForFinished(10000);
            }
        }
    }

    ~PrometheusLab()
    {
        stop();
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace tcplab::testing
