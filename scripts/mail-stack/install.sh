#!/usr/bin/env bash
# Installs the loopback mail stack's Debian packages (Postfix, Dovecot, Roundcube, dnsmasq) and unpacks
# Exim into a private directory. Idempotent and quick when everything is already there.
# Services are never started here: start.sh runs private instances with their own config.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

# Exim's package conflicts with postfix's, so its binary is unpacked (not installed) here.
EXIM_ROOT="${BL_EXIM_ROOT:-/opt/bounce-lens/exim4}"

# What this run made and must remove, even when it fails half-way.
made_policy=""
tmp=""
cleanup() {
  if [ -n "$made_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ -n "$tmp" ]; then rm -rf "$tmp"; fi
}
trap cleanup EXIT

packages=(postfix dovecot-core dovecot-imapd dovecot-lmtpd roundcube roundcube-sqlite3 php8.2-cgi
  php8.2-sqlite3 dnsmasq-base openssl ca-certificates
  # Exim's shared libraries (these do not conflict with postfix)
  libdb5.3 libgnutls-dane0 libgnutls30 libidn12 libidn2-0 libnsl2 libpcre2-8-0 libcrypt1)

need=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done

if [ ${#need[@]} -gt 0 ]; then
  # "No configuration": Debian must not write a system-wide Postfix that would listen on its own.
  # Roundcube's database is made by start.sh (sqlite in the state dir), not by dbconfig-common.
  debconf-set-selections <<'SEL'
postfix postfix/main_mailer_type select No configuration
postfix postfix/mailname string localhost
roundcube-core roundcube/dbconfig-install boolean false
roundcube-core roundcube/database-type select sqlite3
SEL
  # The system's own Dovecot must not start (it would take port 143 from start.sh's instance): deny
  # service starts for the length of the install, unless the machine already has such a policy.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# bounce-lens mail-stack install.sh: no service starts during its apt-get install\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  # Package lists may be missing or stale on a fresh machine: refresh once and retry.
  flock /tmp/bl-apt.lock apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null ||
    { flock /tmp/bl-apt.lock apt-get update -qq &&
      flock /tmp/bl-apt.lock apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }
fi

if [ ! -x "$EXIM_ROOT/usr/sbin/exim4" ]; then
  tmp="$(mktemp -d)"
  # apt downloads as its own user _apt when it can write the target directory.
  chmod 755 "$tmp"; chown _apt "$tmp" 2>/dev/null || true
  (cd "$tmp" && flock /tmp/bl-apt.lock apt-get download -qq exim4-daemon-light >/dev/null)
  mkdir -p "$EXIM_ROOT"
  dpkg-deb -x "$tmp"/exim4-daemon-light_*.deb "$EXIM_ROOT"
fi

# Debian's Exim binary looks up the user it was built for by name; bl-vmail owns Dovecot's mailboxes.
for user in Debian-exim bl-vmail; do
  getent passwd "$user" >/dev/null ||
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
done
