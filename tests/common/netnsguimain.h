// SPDX-License-Identifier: GPL-3.0-or-later
// QTEST_NETNS_GUI_MAIN(TestClass): like QTEST_MAIN with a QApplication, but the whole test process
// first moves into a network namespace of its own (loopback up), so that the sockets a widget test
// creates are the only ones its census sees and nothing touches the host. The host's namespace
// link is left in $TCPLAB_TEST_HOST_NETNS. The move happens before QApplication exists, because
// the kernel refuses a user namespace to a process with more than one thread.
#pragma once

#include "sandbox/netns.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <unistd.h>

#define QTEST_NETNS_GUI_MAIN(TestObject)                                                               \
    int main(int argc, char *argv[])                                                                   \
    {                                                                                                  \
        char hostNs[64] = {};                                                                          \
        if (::readlink("/proc/self/ns/net", hostNs, sizeof hostNs - 1) > 0)                           \
            qputenv("TCPLAB_TEST_HOST_NETNS", hostNs);                                                 \
        const auto ns = tcplab::sandbox::enterPrivateNetworkNamespace();                               \
        if (!ns.ok()) {                                                                                \
            std::fprintf(stderr, "FAIL: no private network namespace: %s\n", qPrintable(ns.error));   \
            return 1;                                                                                  \
        }                                                                                              \
        QApplication app(argc, argv);                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                       \
        TestObject tc;                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                          \
    }
