// Only the declaration in include/CLibFuzzer.h is needed; SwiftPM wants a source file per C target.
#include "CLibFuzzer.h"
