# Install rules, desktop integration and packaging (cmake --install, cpack -G DEB).
include(GNUInstallDirs)

set(CC_APP_ID org.careercompare.CareerCompare)
set(CC_ICON_SIZES 16 24 32 48 64 128 256)

# PNG icons rendered from the SVG at build time.
add_executable(cc-render-icon src/app/render_icon.cpp)
target_link_libraries(cc-render-icon PRIVATE Qt6::Gui Qt6::Svg)
set(CC_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/${CC_APP_ID}.svg)
set(CC_ICON_DIR ${PROJECT_BINARY_DIR}/icons)
set(CC_ICON_PNGS)
foreach(size ${CC_ICON_SIZES})
    list(APPEND CC_ICON_PNGS ${CC_ICON_DIR}/${size}x${size}/apps/${CC_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${CC_ICON_PNGS}
    COMMAND cc-render-icon ${CC_ICON_SVG} ${CC_ICON_DIR} ${CC_ICON_SIZES}
    DEPENDS cc-render-icon ${CC_ICON_SVG}
    COMMENT "Rendering the application icon"
    VERBATIM)
add_custom_target(icons ALL DEPENDS ${CC_ICON_PNGS})

install(TARGETS careercompare careercompare-import RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS careercompare-window LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/careercompare)
install(FILES ${CC_BUNDLED_CATALOGUE} DESTINATION ${CMAKE_INSTALL_DATADIR}/careercompare)
install(FILES resources/desktop/${CC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/${CC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CC_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size ${CC_ICON_SIZES})
    install(FILES ${CC_ICON_DIR}/${size}x${size}/apps/${CC_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES README.md LICENSE docs/DATA.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME careercompare)
set(CPACK_PACKAGE_VENDOR "Career Compare developers")
set(CPACK_PACKAGE_CONTACT "Career Compare developers <dev@careercompare.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Compare two careers side by side, offline")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6, libqt6gui6, libqt6widgets6, libqt6charts6, libqt6sql6, libqt6sql6-sqlite, libsqlite3-0, libqt6printsupport6, libqt6svg6, fonts-dejavu-core")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
include(CPack)
