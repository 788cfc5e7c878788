// SPDX-License-Identifier: GPL-3.0-or-later
// Asks where and how to export one monitor chart: the format, the file, and for pictures the size
// in pixels and the resolution. Remembers the last folder and choices between runs.
#pragma once

#include "chartexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tcplab
{

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `baseName` is the file name suggested without folder or suffix ("monitor-packets").
    ExportDialog(const QString &chartTitle, const QString &baseName, QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString path() const;
    void setPath(const QString &path);
    QSize pixelSize() const;
    int dpi() const;

    void accept() override;

private:
    void browse();
    void onFormatChanged();
    void updatePhysicalSize();

    QComboBox *m_format;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_physical;
    QList<QWidget *> m_pictureOnly;
};

} // namespace tcplab
