# coprod in a container: Debian slim with the coprod package installed, run
# as a user without privileges, checking the proposals mounted at /work.
#
#   bash .ci/try                       # or: cd build && cpack -G DEB (makes build/package/coprod_*.deb)
#   docker build -t coprod .
#   docker run --rm -v "$PWD:/work:ro" coprod                      # coprod check /work
#   docker run --rm -v "$PWD:/work:ro" coprod check /work/papers --format github
#   docker run --rm -v "$PWD:/work" --user "$(id -u)" coprod appendix /work/p.yaml -o /work/appendix.md
#
# The exit status is coprod's (0, 1 or 2; see `docker run --rm coprod help`).
FROM debian:bookworm-slim
# The package built for Debian 12 (bookworm); .dockerignore sends nothing else.
COPY build/package/coprod_*.deb /tmp/coprod/
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends /tmp/coprod/coprod_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/coprod \
 && useradd --create-home --uid 10001 --shell /usr/sbin/nologin coprod \
 && coprod --version
USER coprod
WORKDIR /work
ENTRYPOINT ["coprod"]
CMD ["check", "/work"]
