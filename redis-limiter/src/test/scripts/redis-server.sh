#!/usr/bin/env bash
# Finds a redis-server for the module's tests and prints the command to run it.
#
# Usage: redis-server.sh DIR
#
# 1. redis-server on PATH, when there is one.
# 2. Else DIR/redis-server, made by an earlier run.
# 3. Else Debian's packages (redis-tools holds the server binary, with the libraries it needs that a
#    minimal system lacks) are downloaded with `apt-get download` and unpacked with `dpkg-deb -x`
#    under DIR, without installing anything and without root. When the package lists are missing and
#    the script runs as root, it runs `apt-get update` first. DIR/redis-server is then a small
#    wrapper that runs the unpacked binary with its libraries.
set -euo pipefail

dir="${1:?usage: redis-server.sh DIR}"

if command -v redis-server >/dev/null 2>&1; then
  command -v redis-server
  exit 0
fi

wrapper="$dir/redis-server"
if [ -x "$wrapper" ]; then
  echo "$wrapper"
  exit 0
fi

mkdir -p "$dir/debs" "$dir/root"
dir="$(cd "$dir" && pwd)"
wrapper="$dir/redis-server"
packages=(redis-tools libjemalloc2 liblzf1 libatomic1)
cd "$dir/debs"
if ! apt-get download "${packages[@]}" >&2; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update >&2
    apt-get download "${packages[@]}" >&2
  else
    echo "apt-get download failed; install redis-server (apt-get install redis-server) and run again" >&2
    exit 1
  fi
fi
for deb in ./*.deb; do
  dpkg-deb -x "$deb" "$dir/root"
done

# Debian ships the server as redis-check-rdb: the binary acts as the server unless its name says
# otherwise.
binary="$dir/root/usr/bin/redis-check-rdb"
libs="$(dirname "$(find "$dir/root" -name 'libjemalloc.so.2' | head -n 1)")"
cat >"$wrapper.tmp" <<WRAPPER
#!/usr/bin/env bash
export LD_LIBRARY_PATH="$libs\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
exec -a redis-server "$binary" "\$@"
WRAPPER
chmod +x "$wrapper.tmp"
mv "$wrapper.tmp" "$wrapper"
"$wrapper" --version >&2
echo "$wrapper"
