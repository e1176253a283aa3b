# `cpack -G DEB` (run in the build folder) makes coprod_VERSION_ARCH.deb from
# the install() rules: the binary, the templates, the man page and the
# completions, under /usr, with Depends worked out by dpkg-shlibdeps from the
# libraries the binary links (needs dpkg-dev).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME coprod)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "check the co-production evidence behind health and care proposals")
set(CPACK_PACKAGE_DESCRIPTION
    "coprod reads a short YAML description of a proposal's co-production, goes through the NHS "
    "board assurance checklist item by item, and gives a verdict a board can rely on, with every "
    "gap pointed out at its line in the file. It writes text, Markdown, JSON, SARIF, JUnit and "
    "GitHub annotations for CI, board appendices and portfolio reports.")
set(COPROD_PACKAGE_MAINTAINER "coprod maintainers <coprod@users.noreply.github.com>" CACHE STRING
    "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${COPROD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# A package per distribution, since Depends names that distribution's library
# packages: the release workflow gives -DCOPROD_PACKAGE_RELEASE=1~bookworm
# (1~jammy, 1~noble), making coprod_0.1.0-1~bookworm_amd64.deb.
set(COPROD_PACKAGE_RELEASE "" CACHE STRING "The Debian revision of the package, such as 1~bookworm")
if(COPROD_PACKAGE_RELEASE)
  set(CPACK_DEBIAN_PACKAGE_RELEASE "${COPROD_PACKAGE_RELEASE}")
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Folders as dpkg expects them (0755), whatever the umask of the build.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/package")
include(CPack)
