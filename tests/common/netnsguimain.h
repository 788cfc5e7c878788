// SPDX-License-Identifier: GPL-3.0-or-later
// QTEST_NETNS_GUI_MAIN(TestClass): the QApplication flavour of QTEST_NETNS_MAIN, for widget tests
// that create their own sockets (see netnsmain.h).
#pragma once

#include "netnsmain.h"

#include <QApplication>

#define QTEST_NETNS_GUI_MAIN(TestObject) TCPLAB_NETNS_TEST_MAIN(QApplication, TestObject)
