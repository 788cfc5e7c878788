# SPDX-License-Identifier: GPL-3.0-or-later
# tcplab_add_translations(<target> TS_FILES <ts...> SOURCE_TARGETS <targets...>
#                         QM_FILES_OUTPUT_VARIABLE <var>)
#
# Creates the lupdate and lrelease steps for the .ts files, scanning the sources of the given
# targets (tests are never among them), and returns the .qm files. Qt 6.7 changed the signature of
# qt_add_translations(); this hides the difference. `update_translations` refreshes the .ts files
# on both.
function(tcplab_add_translations target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "QM_FILES_OUTPUT_VARIABLE" "TS_FILES;SOURCE_TARGETS")
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        qt_add_translations(TARGETS ${target}
            SOURCE_TARGETS ${arg_SOURCE_TARGETS}
            TS_FILES ${arg_TS_FILES}
            LUPDATE_OPTIONS -no-obsolete -locations none
            QM_FILES_OUTPUT_VARIABLE qm_files
            IMMEDIATE_CALL)
    else()
        set(sources "")
        foreach(source_target IN LISTS arg_SOURCE_TARGETS)
            get_target_property(target_sources ${source_target} SOURCES)
            get_target_property(target_dir ${source_target} SOURCE_DIR)
            foreach(source IN LISTS target_sources)
                if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|h|ui)$")
                    continue()
                endif()
                cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${target_dir}")
                list(APPEND sources "${source}")
            endforeach()
        endforeach()
        qt_add_translations(${target}
            TS_FILES ${arg_TS_FILES}
            SOURCES ${sources}
            LUPDATE_OPTIONS -no-obsolete -locations none
            QM_FILES_OUTPUT_VARIABLE qm_files)
    endif()
    set(${arg_QM_FILES_OUTPUT_VARIABLE} "${qm_files}" PARENT_SCOPE)
endfunction()
