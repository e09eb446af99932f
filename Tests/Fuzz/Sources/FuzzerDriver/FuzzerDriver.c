// Empty: the target only makes libFuzzer's LLVMFuzzerRunDriver (declared in include/) visible to Swift.
#include "FuzzerDriver.h"
