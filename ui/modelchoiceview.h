#pragma once

#include <QJsonObject>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace micro::ui {

// Model choice (select-k): held-out NLL (left axis) and BIC (right axis) against K, with
// the suggested K marked. Exports PNG, PDF and CSV.
class ModelChoiceView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelChoiceView(QWidget *parent = nullptr);

    // The result JSON of a stored model selection; empty: nothing to show.
    void setResult(const QJsonObject &result, const QString &datasetName);
    int pointCount() const;

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path) const;
    bool exportCsv(const QString &path) const;

private:
    QCustomPlot *m_plot;
    QCPTextElement *m_title;
    QJsonObject m_result;
};

} // namespace micro::ui
