// libFuzzer's driver, which the fuzz executable's entry point calls (see SocioLabFuzz.swift).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
