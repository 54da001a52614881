#!/usr/bin/env bash
# Finds a redis-server for the module's tests and prints the command to run it.
#
# Usage: redis-server.sh DIR
#
# 1. redis-server on PATH, when there is one.
# 2. Else DIR/redis-server, made by an earlier run.
# 3. Else Debian's packages (redis-tools holds the server binary, with the libraries it needs that a
#    minimal system lacks) are downloaded with `apt-get download` and unpacked with `dpkg-deb -x`
#    under DIR, without installing anything and without root. When the download fails (package
#    lists missing or stale), it runs `apt-get update` first if it may (as root, or with sudo that
#    asks no password, as on CI runners). DIR/redis-server is then a small
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
  # The package lists may be missing (a fresh container) or stale: refresh them where allowed.
  if [ "$(id -u)" = 0 ]; then
    apt-get update >&2
  elif sudo -n true 2>/dev/null; then
    sudo -n apt-get update >&2
  else
    echo "apt-get download failed; install redis-server (apt-get install redis-server) and run again" >&2
    exit 1
  fi
  apt-get download "${packages[@]}" >&2
fi
for deb in ./*.deb; do
  dpkg-deb -x "$deb" "$dir/root"
done

# Debian's redis-tools ships the server as redis-check-rdb (the redis-server package only adds a
# link to it): the binary acts as the server unless its name says otherwise.
binary="$dir/root/usr/bin/redis-check-rdb"
if [ -x "$dir/root/usr/bin/redis-server" ]; then
  binary="$dir/root/usr/bin/redis-server"
fi
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
