#include "Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paceline"));
    QCoreApplication::setApplicationName(QStringLiteral("Paceline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACELINE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = paceline::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
