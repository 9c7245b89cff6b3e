# Installs the build into a scratch prefix, validates the desktop files and runs the installed program
# from another folder: it must find its installed catalogue.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${PREFIX}" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
set(id org.careercompare.CareerCompare)
foreach(f bin/careercompare bin/careercompare-import share/careercompare/careers.sqlite share/applications/${id}.desktop
          share/metainfo/${id}.metainfo.xml share/icons/hicolor/scalable/apps/${id}.svg share/icons/hicolor/48x48/apps/${id}.png
          share/icons/hicolor/256x256/apps/${id}.png share/careercompare/translations/careercompare_es.qm
          ${LIBDIR}/careercompare/careercompare-window.so)
    if(NOT EXISTS "${PREFIX}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
execute_process(COMMAND desktop-file-validate "${PREFIX}/share/applications/${id}.desktop" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate failed")
endif()
execute_process(COMMAND appstreamcli validate --no-net "${PREFIX}/share/metainfo/${id}.metainfo.xml" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed")
endif()
file(MAKE_DIRECTORY "${PREFIX}/elsewhere")
execute_process(COMMAND "${PREFIX}/bin/careercompare" --version WORKING_DIRECTORY "${PREFIX}/elsewhere"
                OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "catalogue: ${PREFIX}/share/careercompare/careers.sqlite")
    message(FATAL_ERROR "the installed program does not use its installed catalogue: ${version}")
endif()
execute_process(COMMAND "${PREFIX}/bin/careercompare" --compare 15-1252 15-2051 --json WORKING_DIRECTORY "${PREFIX}/elsewhere"
                OUTPUT_VARIABLE json RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT json MATCHES "\"title\": \"Data Scientists\"")
    message(FATAL_ERROR "the installed program cannot compare: ${rc}")
endif()
# The installed window finds its library: still open after a few seconds (offscreen, on a scratch
# store and settings), not exit 6.
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen CAREERCOMPARE_USER_STORE=${PREFIX}/store.sqlite
                        XDG_CONFIG_HOME=${PREFIX}/config "${PREFIX}/bin/careercompare" 15-1252 15-2051
                WORKING_DIRECTORY "${PREFIX}/elsewhere" TIMEOUT 8 ERROR_VARIABLE window RESULT_VARIABLE rc)
if(rc MATCHES "^[0-9]+$" OR window MATCHES "cannot be opened")
    message(FATAL_ERROR "the installed window did not stay open (${rc}): ${window}")
endif()
message("installed tree is valid")
