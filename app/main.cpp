#include "headless.h"

// `opsdeck`: the command line. The window and the commands that paint run in the console
// executable, which this one becomes for them.
int main(int argc, char **argv)
{
    return opsdeck::app::runCommandLine(argc, argv);
}
