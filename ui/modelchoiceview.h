#pragma once

#include "plotview.h"

#include "jobs/modelselection.h"

class QCPTextElement;

namespace micro::ui {

// Model choice (select-k): held-out NLL (left axis) and BIC (right axis) against K, with
// the suggested K marked. Exports PNG, PDF and CSV.
class ModelChoiceView : public PlotView
{
    Q_OBJECT
public:
    explicit ModelChoiceView(QWidget *parent = nullptr);

    // The result JSON of a stored model selection; empty: nothing to show.
    void setResult(const micro::core::SelectKResult &result, const QString &datasetName);
    int pointCount() const;

protected:
    QString csv() const override;

private:
    QCPTextElement *m_title;
    micro::core::SelectKResult m_result;
};

} // namespace micro::ui
