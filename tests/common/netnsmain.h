// SPDX-License-Identifier: GPL-3.0-or-later
// QTEST_NETNS_MAIN(TestClass) and QTEST_NETNS_GUI_MAIN(TestClass): like QTEST_GUILESS_MAIN and
// QTEST_MAIN, but the whole test process first moves into a network namespace of its own
// (loopback up), so that its sockets, counters and sysctls touch nothing on the host and a census
// sees only what the test created. It must happen before Qt Test starts its watchdog thread or a
// QApplication exists, because the kernel refuses a user namespace to a process with more than
// one thread. The host's namespace link is left in $TCPLAB_TEST_HOST_NETNS.
#pragma once

#include "sandbox/netns.h"

#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace tcplab::test
{

// Returns false (after saying why on stderr) when no namespace could be made.
inline bool enterTestNamespace()
{
    char hostNs[64] = {};
    if (::readlink("/proc/self/ns/net", hostNs, sizeof hostNs - 1) > 0)
        qputenv("TCPLAB_TEST_HOST_NETNS", hostNs);
    const auto ns = tcplab::sandbox::enterPrivateNetworkNamespace();
    if (!ns.ok())
        std::fprintf(stderr, "FAIL: no private network namespace: %s\n", qPrintable(ns.error));
    return ns.ok();
}

} // namespace tcplab::test

#define TCPLAB_NETNS_TEST_MAIN(Application, TestObject)                                                                                                        \
    int main(int argc, char *argv[])                                                                                                                           \
    {                                                                                                                                                          \
        if (!tcplab::test::enterTestNamespace())                                                                                                               \
            return 1;                                                                                                                                          \
        Application app(argc, argv);                                                                                                                           \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                                                               \
        TestObject tc;                                                                                                                                         \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                                                             \
        return QTest::qExec(&tc, argc, argv);                                                                                                                  \
    }

#define QTEST_NETNS_MAIN(TestObject) TCPLAB_NETNS_TEST_MAIN(QCoreApplication, TestObject)
