# Helpers shared by every src/ folder.
#
# kiln_library(NAME SOURCES ... DEPS ...): one static library per folder, named kiln_NAME,
#   with includes rooted at src/.
# kiln_tests(NAME SOURCES ... DEPS ...): the folder's GoogleTest binary kiln_NAME_tests,
#   registered with ctest as NAME and run from the repository root so tests can read testdata/.

function(kiln_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(kiln_${name} STATIC ${ARG_SOURCES})
  target_include_directories(kiln_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(kiln_${name} PUBLIC ${ARG_DEPS})
endfunction()

function(kiln_tests name)
  if(NOT KILN_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(kiln_${name}_tests ${ARG_SOURCES})
  target_link_libraries(kiln_${name}_tests PRIVATE ${ARG_DEPS} kiln_testing GTest::gtest_main
                        GTest::gmock)
  add_test(NAME ${name} COMMAND kiln_${name}_tests --gtest_brief=1
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()
