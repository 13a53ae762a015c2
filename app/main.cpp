#include "application.h"

int main(int argc, char **argv)
{
    return opsdeck::app::run(argc, argv);
}
