#include "application.h"

// The console executable (libexec/opsdeck/opsdeck-console): `opsdeck` becomes it for the window
// and the commands that paint.
int main(int argc, char **argv)
{
    return opsdeck::app::run(argc, argv);
}
