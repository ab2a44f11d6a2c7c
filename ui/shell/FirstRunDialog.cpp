#include "FirstRunDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace paceline {

FirstRunDialog::FirstRunDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Paceline"));
    auto* intro = new QLabel(tr("<h3>Welcome to Paceline</h3>"
                                "<p>Log your reps after each workout, plan speed sessions and "
                                "weeks, and see whether your pace is getting steadier.</p>"));
    intro->setWordWrap(true);

    auto* empty = new QCommandLinkButton(tr("Start an empty log"),
                                         tr("Create your athlete profile and log your own "
                                            "training."));
    empty->setObjectName(QStringLiteral("startEmptyLog"));
    auto* demo = new QCommandLinkButton(tr("Explore with demo data"),
                                        tr("Open a separate demo log with a year of realistic "
                                           "training for a runner and a triathlete."));
    demo->setObjectName(QStringLiteral("exploreDemo"));
    connect(empty, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::EmptyLog;
        accept();
    });
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::DemoData;
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(empty);
    layout->addWidget(demo);
    empty->setFocus();
}

} // namespace paceline
