#!/usr/bin/env bash
# Debian packages the tests need (browsers, Redis, the mail stack). Idempotent: skips what is there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in chromium firefox-esr redis-server openssl iproute2 nftables libsisimai-perl dnsmasq-base systemd; do  # dnsmasq-base, systemd: bounce-check tests (real DNS, systemd-analyze verify)
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ -x scripts/mail-stack/install.sh ]; then bash scripts/mail-stack/install.sh; fi
dpkg-query -W -f='${Status}' python3-minimal 2>/dev/null | grep -q 'install ok installed' || { apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-minimal >/dev/null; }  # probe tests: a never-accepting python listener plays a filtered port
