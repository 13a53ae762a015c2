#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace opsdeck::fuzz {

// One parser of outside input, driven by bytes. A run returns 0 when the parser gave a result
// or an error that says what and where; a parser that breaks its own contract (an error with no
// message, say) makes the run abort, which libFuzzer and the regression replay both report.
struct Target {
    std::string_view name; // the corpus folder: tests/fuzz/corpus/<name>/
    int (*run)(const std::uint8_t *data, std::size_t size);
};

// Every target, in the order tools/fuzz lists them.
std::span<const Target> targets();
const Target *findTarget(std::string_view name);

} // namespace opsdeck::fuzz
