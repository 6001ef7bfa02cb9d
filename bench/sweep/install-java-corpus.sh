#!/usr/bin/env bash
# Installs the Java code `npm run sweep` lints: the JDK's own sources, which Debian's openjdk-17-source ships as
# src.zip, unpacked into .bench/java-corpus/jdk-17. apt-get runs only when the package is missing, and the unpacking
# only when the zip changed since the last one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="$root/.bench/java-corpus/jdk-17"
package=openjdk-17-source

if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
  echo "install-java-corpus: $package is missing, installing it with apt-get"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$package"
fi
zip="$(dpkg -L "$package" | grep '/src\.zip$' | head -n 1)"
if [ -z "$zip" ]; then
  echo "install-java-corpus: $package holds no src.zip" >&2
  exit 2
fi
stamp="$target/.unpacked-from"
source_id="$zip $(stat -c %Y "$zip")"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$source_id" ]; then
  echo "install-java-corpus: $target is up to date with $zip, nothing unpacked"
  exit 0
fi
rm -rf "$target"
mkdir -p "$target"
unzip -q "$zip" '*.java' -d "$target"
echo "$source_id" > "$stamp"
echo "install-java-corpus: unpacked $(find "$target" -name '*.java' | wc -l) .java files from $zip into $target"
