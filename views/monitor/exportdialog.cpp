// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace tcplab
{

namespace
{
const char kFolderKey[] = "monitor/export/folder";
const char kFormatKey[] = "monitor/export/format";
const char kWidthKey[] = "monitor/export/width";
const char kHeightKey[] = "monitor/export/height";
const char kDpiKey[] = "monitor/export/dpi";
} // namespace

ExportDialog::ExportDialog(const QString &chartTitle, const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_physical(new QLabel(this))
{
    setWindowTitle(tr("Export chart"));
    const QSettings settings;

    for (ExportFormat format : ChartExporter::formats())
        m_format->addItem(ChartExporter::formatName(format), int(format));

    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(16, 20000);
        spin->setSuffix(tr(" px"));
        spin->setAccelerated(true);
    }
    m_width->setValue(settings.value(QLatin1String(kWidthKey), 1600).toInt());
    m_height->setValue(settings.value(QLatin1String(kHeightKey), 900).toInt());
    m_dpi->setRange(24, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(settings.value(QLatin1String(kDpiKey), 150).toInt());

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_path->setMinimumWidth(QFontMetrics(font()).averageCharWidth() * 48);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    auto *times = new QLabel(QStringLiteral("×"), this);
    sizeRow->addWidget(times);
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *chartLabel = new QLabel(chartTitle, this);
    QFont bold = chartLabel->font();
    bold.setBold(true);
    chartLabel->setFont(bold);

    auto *form = new QFormLayout;
    form->addRow(tr("Chart:"), chartLabel);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), fileRow);
    auto *sizeLabel = new QLabel(tr("Size:"), this);
    form->addRow(sizeLabel, sizeRow);
    auto *dpiLabel = new QLabel(tr("Resolution:"), this);
    form->addRow(dpiLabel, m_dpi);
    form->addRow(QString(), m_physical);
    m_pictureOnly = {sizeLabel, m_width, times, m_height, dpiLabel, m_dpi, m_physical};

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    QString folder = settings.value(QLatin1String(kFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const auto savedFormat = ChartExporter::formatForSuffix(settings.value(QLatin1String(kFormatKey)).toString());
    const ExportFormat format = savedFormat.value_or(ExportFormat::Png);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_path->setText(QDir(folder).filePath(baseName + QLatin1Char('.') + ChartExporter::suffix(format)));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updatePhysicalSize);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updatePhysicalSize);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updatePhysicalSize);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    onFormatChanged();
    updatePhysicalSize();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QSize ExportDialog::pixelSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int ExportDialog::dpi() const
{
    return m_dpi->value();
}

void ExportDialog::onFormatChanged()
{
    const bool picture = format() != ExportFormat::Csv;
    for (QWidget *w : std::as_const(m_pictureOnly))
        w->setEnabled(picture);
    // Keep the file name, change its suffix to the format's.
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const QString stem = ChartExporter::formatForSuffix(info.suffix()) ? info.completeBaseName() : info.fileName();
        m_path->setText(QDir(info.path()).filePath(stem + QLatin1Char('.') + ChartExporter::suffix(format())));
    }
}

void ExportDialog::updatePhysicalSize()
{
    const double dpi = m_dpi->value();
    const QLocale locale;
    m_physical->setText(
        tr("%1 × %2 mm when printed").arg(locale.toString(m_width->value() / dpi * 25.4, 'f', 0), locale.toString(m_height->value() / dpi * 25.4, 'f', 0)));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), path(), ChartExporter::fileFilter(format()));
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    if (const auto byName = ChartExporter::formatForSuffix(info.suffix())) {
        setFormat(*byName);
        m_path->setText(chosen);
    } else {
        m_path->setText(chosen + QLatin1Char('.') + ChartExporter::suffix(format()));
    }
}

void ExportDialog::accept()
{
    const QFileInfo info(path());
    if (path().isEmpty() || !info.dir().exists()) {
        QMessageBox::warning(this, tr("Export chart"), tr("Choose a file in an existing folder."));
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kFolderKey), info.absolutePath());
    settings.setValue(QLatin1String(kFormatKey), ChartExporter::suffix(format()));
    settings.setValue(QLatin1String(kWidthKey), m_width->value());
    settings.setValue(QLatin1String(kHeightKey), m_height->value());
    settings.setValue(QLatin1String(kDpiKey), m_dpi->value());
    QDialog::accept();
}

} // namespace tcplab
