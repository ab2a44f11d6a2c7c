# The PACELINE_FUZZ build (included by the top-level CMakeLists.txt): every file compiled
# with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage hooks; the
# core libraries only as far as the fuzz targets link them. Configure it with a Debug
# build type so assert() and Q_ASSERT stay on: a broken invariant is a finding too.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PACELINE_FUZZ needs Clang (libFuzzer); configure with "
                        "CC=clang CXX=clang++ (scripts/run-fuzz.sh does)")
endif()

# Undefined behaviour aborts, so libFuzzer keeps the input as a crash.
add_compile_options(-fsanitize=address,undefined -fsanitize=fuzzer-no-link
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1)
add_link_options(-fsanitize=address,undefined)

add_subdirectory(core EXCLUDE_FROM_ALL)
add_subdirectory(tests/fuzz)
