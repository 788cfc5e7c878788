// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/timeseries.h"

#include <QTest>

#include <cmath>

using tcplab::TimeSeries;

class TimeSeriesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringKeepsNewest()
    {
        TimeSeries s(4);
        for (int i = 0; i < 10; ++i)
            s.append(i * 100, i);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.firstTime(), 600);
        QCOMPARE(s.lastTime(), 900);
        QCOMPARE(s.valueAt(0), 6.0);
        QCOMPARE(s.valueAt(3), 9.0);
    }

    void olderPointsAreDropped()
    {
        TimeSeries s(4);
        s.append(100, 1);
        s.append(50, 2);
        QCOMPARE(s.size(), 1);
        s.append(100, 3); // the same time is allowed
        QCOMPARE(s.size(), 2);
    }

    void shrinkAndGrow()
    {
        TimeSeries s(8);
        for (int i = 0; i < 8; ++i)
            s.append(i, i);
        s.setCapacity(3);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.valueAt(0), 5.0);
        s.setCapacity(10);
        QCOMPARE(s.size(), 3);
        s.append(8, 8);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.valueAt(3), 8.0);
    }

    void lowerBoundAcrossTheWrap()
    {
        TimeSeries s(5);
        for (int i = 0; i < 7; ++i)
            s.append(i * 10, i); // holds 20..60
        QCOMPARE(s.lowerBound(0), 0);
        QCOMPARE(s.lowerBound(20), 0);
        QCOMPARE(s.lowerBound(21), 1);
        QCOMPARE(s.lowerBound(60), 4);
        QCOMPARE(s.lowerBound(61), 5);
    }

    void smallSpansComeBackWhole()
    {
        TimeSeries s(100);
        for (int i = 0; i < 10; ++i)
            s.append(i, i * i);
        const auto d = s.decimate(2, 5, 100);
        QCOMPARE(d.points.size(), 4);
        QCOMPARE(d.points.first(), QPointF(2, 4));
        QCOMPARE(d.minimum, 4.0);
        QCOMPARE(d.maximum, 25.0);
    }

    void decimationBoundsAndKeepsExtremes_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("buckets");
        QTest::newRow("86400 into 800") << 86400 << 800;
        QTest::newRow("10000 into 7") << 10000 << 7;
        QTest::newRow("5000 into 2499") << 5000 << 2499;
    }

    void decimationBoundsAndKeepsExtremes()
    {
        QFETCH(int, points);
        QFETCH(int, buckets);
        TimeSeries s(points);
        double trueMin = 1e300;
        double trueMax = -1e300;
        for (int i = 0; i < points; ++i) {
            // A wave with one spike and one dip that must survive decimation.
            double v = std::sin(i / 50.0) * 10;
            if (i == points / 3)
                v = 1000;
            if (i == points / 2)
                v = -1000;
            trueMin = qMin(trueMin, v);
            trueMax = qMax(trueMax, v);
            s.append(qint64(i) * 1000, v);
        }
        const auto d = s.decimate(0, qint64(points - 1) * 1000, buckets);
        QVERIFY2(d.points.size() <= 2 * buckets, qPrintable(QString::number(d.points.size())));
        QVERIFY(d.points.size() >= buckets);
        QCOMPARE(d.maximum, trueMax);
        QCOMPARE(d.minimum, trueMin);
        for (qsizetype i = 1; i < d.points.size(); ++i)
            QVERIFY(d.points[i].x() >= d.points[i - 1].x());
    }

    void gapsSurviveDecimation()
    {
        TimeSeries s(10000);
        for (int i = 0; i < 10000; ++i) {
            if (i == 5000)
                s.appendGap(i);
            else
                s.append(i, 1);
        }
        const auto d = s.decimate(0, 9999, 100);
        int gaps = 0;
        for (const QPointF &p : d.points)
            gaps += std::isnan(p.y()) ? 1 : 0;
        QCOMPARE(gaps, 1);
        QVERIFY(d.points.size() <= 2 * 100 + 1);
    }

    void emptyAndInvalid()
    {
        TimeSeries s(10);
        QVERIFY(s.decimate(0, 100, 10).points.isEmpty());
        s.append(5, 1);
        QVERIFY(s.decimate(10, 0, 10).points.isEmpty());
        QVERIFY(s.decimate(0, 10, 0).points.isEmpty());
        QCOMPARE(s.decimate(0, 10, 1).points.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TimeSeriesTest)
#include "timeseries_test.moc"
