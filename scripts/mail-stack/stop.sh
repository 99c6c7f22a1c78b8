#!/usr/bin/env bash
# Stops what start.sh started, and nothing else: each pid comes from the stack's own pid file and must
# still carry the expected process name. Removes stack.json (readers take it to mean "running") and
# leaves the rest of the state dir (mailboxes, logs) for inspection.
set -euo pipefail

D="${BL_STACK_DIR:-/tmp/bounce-lens-stack}"
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$HERE/lib.sh"

# end NAME PIDFILE: TERM, up to 5 s of grace, then KILL.
end() {
  local pid i
  alive "$1" "$2" || return 0
  pid="$(head -n1 "$2" | tr -d ' \n')"
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do
    alive "$1" "$2" || { echo "mail-stack: stopped $1 ($pid)"; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "mail-stack: killed $1 ($pid)"
}

end php8.2 "$D/run/roundcube.pid"
end exim4 "$D/run/exim.pid"
if alive master "$D/postfix/spool/pid/master.pid"; then
  /usr/sbin/postfix -c "$D/postfix/etc" stop >/dev/null 2>&1 || true
  end master "$D/postfix/spool/pid/master.pid"
fi
end dovecot "$D/dovecot/run/master.pid"
end node "$D/run/spf-policy.pid"
end dnsmasq "$D/run/dnsmasq.pid"
rm -f "$D/stack.json"
