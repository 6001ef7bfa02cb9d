#!/bin/sh
# Installs the one system dependency of the fault lab: Debian's nginx. Idempotent: does nothing when an
# `nginx` binary is already on PATH (or in /usr/sbin, which is not on every user's PATH).
set -eu

PATH="$PATH:/usr/sbin:/sbin"
if command -v nginx >/dev/null 2>&1; then
  echo "nginx present: $(nginx -v 2>&1)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "test/lab/setup.sh: nginx is missing and apt-get is not available; install nginx by hand." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "test/lab/setup.sh: installing nginx needs root (or sudo)." >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# nginx-light is the smallest build; newer Debian releases ship only `nginx`.
if apt-cache show nginx-light >/dev/null 2>&1; then PACKAGE=nginx-light; else PACKAGE=nginx; fi
# The package's own service is never used: the lab starts nginx itself with a generated config.
$SUDO apt-get install -y --no-install-recommends "$PACKAGE"
echo "nginx installed: $(nginx -v 2>&1)"
