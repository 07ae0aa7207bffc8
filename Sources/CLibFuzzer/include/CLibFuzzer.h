// libFuzzer's driver, which `lede-fuzz` calls from its main (SwiftPM gives every executable a
// main of its own, so libFuzzer's cannot be used). Linked in by -sanitize=fuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));
