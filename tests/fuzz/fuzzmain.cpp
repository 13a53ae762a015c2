// The libFuzzer entry of one target: tests/fuzz/CMakeLists.txt builds this file once a target,
// naming it in OPSDECK_FUZZ_TARGET.
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const opsdeck::fuzz::Target *target = []() {
        const opsdeck::fuzz::Target *found = opsdeck::fuzz::findTarget(OPSDECK_FUZZ_TARGET);
        if (found == nullptr) {
            std::fprintf(stderr, "no fuzz target named %s\n", OPSDECK_FUZZ_TARGET);
            std::abort();
        }
        return found;
    }();
    return target->run(data, size);
}
