#!/bin/sh
# Installs the fault lab's system dependencies from Debian's packages, idempotently: apt-get runs only when
# something is missing. nginx for the JS lab; for the Java and Go lab a JDK, the HTTP client libraries as
# Debian ships them (jars under /usr/share/java, see test/lab/jvm/classpaths.js) and the Go toolchain.
# Debian 12 ships: OpenJDK 17, HttpClient 4.5.14 + HttpCore 4.4.16, HttpAsyncClient 4.1.5 (+ httpcore-nio),
# HttpClient 5.2.1 + HttpCore 5.2.1 (+ slf4j), OkHttp 3.13.1 + Okio 1.16 (Java, no Kotlin), Go 1.19.8.
set -eu

PATH="$PATH:/usr/sbin:/sbin"
export DEBIAN_FRONTEND=noninteractive

# Packages whose files the lab uses; each is checked by its dpkg status.
PACKAGES="openjdk-17-jdk-headless libhttpclient-java libhttpasyncclient-java libhttpclient5-java
libokhttp-java libslf4j-java golang-go"

installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=""
for package in $PACKAGES; do
  installed "$package" || missing="$missing $package"
done
# Any nginx binary will do (the lab starts it itself with a generated config).
if ! command -v nginx >/dev/null 2>&1; then missing="$missing nginx"; fi

if [ -n "$missing" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test/lab/setup.sh: missing:$missing, and apt-get is not available; install them by hand." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "test/lab/setup.sh: installing$missing needs root (or sudo)." >&2
      exit 1
    fi
  fi
  echo "test/lab/setup.sh: installing$missing"
  # Another apt run on the machine holds the lock for a while; wait for it instead of failing.
  APT="$SUDO apt-get -o DPkg::Lock::Timeout=300 -y --no-install-recommends"
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update
  packages=""
  for package in $missing; do
    # nginx-light is the smallest build; newer Debian releases ship only `nginx`.
    if [ "$package" = nginx ] && apt-cache show nginx-light >/dev/null 2>&1; then package=nginx-light; fi
    packages="$packages $package"
  done
  # shellcheck disable=SC2086 # word splitting is wanted: one argument per package
  $APT install $packages
fi

echo "nginx: $(nginx -v 2>&1)"
echo "java: $(javac -version 2>&1)"
echo "go: $(go version)"
for package in libhttpclient-java libhttpasyncclient-java libhttpclient5-java libokhttp-java; do
  echo "$package: $(dpkg-query -W -f='${Version}' "$package")"
done
