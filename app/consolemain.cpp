#include "application.h"

#include <sys/prctl.h>

// The console executable (libexec/opsdeck/opsdeck-console): `opsdeck` becomes it for the window
// and the commands that paint.
int main(int argc, char **argv)
{
    // Still "opsdeck" to ps, top and pkill, as the program the user started.
    prctl(PR_SET_NAME, "opsdeck", 0, 0, 0);
    return opsdeck::app::run(argc, argv);
}
