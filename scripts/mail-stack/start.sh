#!/usr/bin/env bash
# Configures the loopback mail stack under $BL_STACK_DIR and starts it: dnsmasq, Dovecot, Postfix, Exim,
# Roundcube. Idempotent: pieces already running (pid file + process name) are left alone.
# Writes $BL_STACK_DIR/stack.json (the contract in README.md) once every port answers.
# On failure it exits non-zero with "mail-stack: <piece> could not start" and the end of that piece's log.
set -euo pipefail
umask 022

D="${BL_STACK_DIR:-/tmp/bounce-lens-stack}"
EXIM="${BL_EXIM_ROOT:-/opt/bounce-lens/exim4}/usr/sbin/exim4"
RC_PORT="${BL_ROUNDCUBE_PORT:-8089}"
DOMAIN=example.test
HOSTNAME_=mail.example.test
REMOTE_HOST=127.0.0.2
DOWN_HOST=127.0.0.3
# Two more remotes in the provider's Postfix (their own smtpd services): one refuses by the loopback
# DNSBL zone bl.test, one by SPF (spf-policy.ts); SPF_POLICY_PORT is that policy service.
RBL_HOST=127.0.0.4
SPF_HOST=127.0.0.5
SPF_POLICY_PORT=10040
ALICE_PW=alice-pw-4711
BOB_PW=bob-pw-4711
BOB_QUOTA=20480
REMOTE_SIZE_LIMIT=102400
HERE="$(cd "$(dirname "$0")" && pwd)"

# shellcheck source=lib.sh
. "$HERE/lib.sh"

[ "$(id -u)" = 0 ] || die setup "start.sh must run as root (it binds ports 25, 53, 143, 465, 587)"
for bin in /usr/sbin/postfix /usr/sbin/dovecot /usr/sbin/dnsmasq /usr/bin/php8.2 "$EXIM"; do
  [ -x "$bin" ] || die install "$bin is missing: run scripts/mail-stack/install.sh"
done

mkdir -p "$D"/{run,log,tls,bounces}
# One start at a time; every daemon below is started with fd 9 closed so it does not keep the lock.
exec 9>"$D/.start.lock"
flock 9

# --- TLS: one self-signed certificate for every service -------------------------------------------
# Made again when missing or expiring within a day (a state dir can outlive the 30-day certificate).
if ! openssl x509 -checkend 86400 -noout -in "$D/tls/cert.pem" >/dev/null 2>&1; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$HOSTNAME_" \
    -addext "subjectAltName=DNS:$HOSTNAME_,DNS:localhost,IP:127.0.0.1" \
    -keyout "$D/tls/key.pem" -out "$D/tls/cert.pem" 2>"$D/log/openssl.log" || die tls "$(cat "$D/log/openssl.log")"
  chmod 600 "$D/tls/key.pem"
fi

# --- DNS: only test names, no upstream ---------------------------------------------------------------
start_dns() {
  cat >"$D/dnsmasq.conf" <<EOF
listen-address=127.0.0.1
port=53
bind-interfaces
no-resolv
no-hosts
no-poll
pid-file=$D/run/dnsmasq.pid
log-facility=$D/log/dnsmasq.log
log-queries
local=/test/
# An empty address means NXDOMAIN for the domain and everything under it.
address=/invalid/
host-record=$HOSTNAME_,127.0.0.1
mx-host=$DOMAIN,$HOSTNAME_,10
host-record=mx.remote.test,$REMOTE_HOST
mx-host=remote.test,mx.remote.test,10
mx-host=late.remote.test,mx.remote.test,10
mx-host=elsewhere.test,mx.remote.test,10
host-record=mx.down.test,$DOWN_HOST
mx-host=down.test,mx.down.test,10
# Bounce checks: the provider's sending IP 127.0.0.1 is on the loopback DNSBL bl.test; example.test
# publishes SPF that does not allow it, and DMARC reject (so the spf.test remote refuses alice's mail).
host-record=1.0.0.127.bl.test,127.0.0.2
txt-record=1.0.0.127.bl.test,"Listed by bl.test for the Bounce Lens tests"
txt-record=$DOMAIN,"v=spf1 ip4:192.0.2.25 -all"
txt-record=_dmarc.$DOMAIN,"v=DMARC1; p=reject"
host-record=mx.blocked.test,$RBL_HOST
mx-host=blocked.test,mx.blocked.test,10
host-record=mx.spf.test,$SPF_HOST
mx-host=spf.test,mx.spf.test,10
EOF
  alive dnsmasq "$D/run/dnsmasq.pid" && return 0
  /usr/sbin/dnsmasq --conf-file="$D/dnsmasq.conf" 9>&- 2>>"$D/log/dnsmasq.log" || die dnsmasq "$(tail -n 5 "$D/log/dnsmasq.log")"
  started+=(dnsmasq)
}

# --- Dovecot: IMAP, LMTP and SASL for Postfix ----------------------------------------------------------
start_dovecot() {
  local dd="$D/dovecot" vmail_uid
  vmail_uid="$(id -u bl-vmail)"
  mkdir -p "$dd/run" "$D/mail"
  chown bl-vmail:bl-vmail "$D/mail"
  cat >"$dd/users" <<EOF
alice@$DOMAIN:{PLAIN}$ALICE_PW::::::
bob@$DOMAIN:{PLAIN}$BOB_PW::::::userdb_quota_rule=*:storage=${BOB_QUOTA}B
EOF
  chgrp dovecot "$dd/users"
  chmod 640 "$dd/users"
  cat >"$dd/dovecot.conf" <<EOF
instance_name = bounce-lens
hostname = $HOSTNAME_
base_dir = $dd/run
state_dir = $dd/state
log_path = $D/log/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <$D/tls/cert.pem
ssl_key = <$D/tls/key.pem
# Loopback only, and Roundcube logs in over plain IMAP on 143.
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = $vmail_uid
last_valid_uid = $vmail_uid
mail_location = maildir:$D/mail/%n/Maildir
mail_plugins = quota
lmtp_rcpt_check_quota = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dd/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $dd/users
  default_fields = uid=bl-vmail gid=bl-vmail home=$D/mail/%n
}
plugin {
  quota = maildir:User quota
  quota_rule = *:storage=100M
}
protocol imap {
  mail_plugins = \$mail_plugins imap_quota
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 143
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = 24
  }
}
service auth {
  inet_listener sasl {
    address = 127.0.0.1
    port = 12345
  }
}
EOF
  alive dovecot "$dd/run/master.pid" && { /usr/bin/doveadm -c "$dd/dovecot.conf" reload >/dev/null 2>&1 || true; return 0; }
  /usr/sbin/dovecot -c "$dd/dovecot.conf" 9>&- 2>>"$D/log/dovecot.log" || die dovecot "$(tail -n 5 "$D/log/dovecot.log")"
  started+=(dovecot)
}

# --- Postfix: the provider's MTA --------------------------------------------------------------------
start_postfix() {
  local pc="$D/postfix/etc" spool="$D/postfix/spool"
  mkdir -p "$pc" "$spool/etc" "$D/postfix/data"
  chown postfix "$D/postfix/data"
  cat >"$pc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $spool
data_directory = $D/postfix/data
meta_directory = /etc/postfix
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
command_directory = /usr/sbin
mail_owner = postfix
setgid_group = postdrop
maillog_file = $D/log/postfix.log
maillog_file_prefixes = $D
myhostname = $HOSTNAME_
mydomain = $DOMAIN
myorigin = \$mydomain
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# Nobody relays through port 25, not even loopback: relaying needs SASL on 587/465.
mynetworks =
# The local(8) domain, with no recipient check, so that local(8) itself bounces unknown users.
mydestination = \$myhostname
local_recipient_maps =
alias_maps = texthash:$pc/aliases
alias_database =
# Mailboxes: Postfix does not check recipients, Dovecot LMTP does (and refuses unknown users).
virtual_mailbox_domains = \$mydomain
virtual_mailbox_maps =
virtual_transport = lmtp:inet:127.0.0.1:24
# Mail can never leave the machine: only the test domains have a transport.
transport_maps = texthash:$pc/transport
default_transport = error:mail for this domain cannot leave the test machine
relay_transport = error:mail for this domain cannot leave the test machine
relay_domains =
smtp_bind_address = 127.0.0.1
smtp_tls_security_level = none
smtpd_banner = \$myhostname ESMTP
smtpd_tls_cert_file = $D/tls/cert.pem
smtpd_tls_key_file = $D/tls/key.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:12345
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = texthash:$pc/sender-logins
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
biff = no
append_dot_mydomain = no
# Short lifetimes so that the delay warning and the expiry happen during a test run.
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
delay_warning_time = 10s
maximal_queue_lifetime = 45s
bounce_queue_lifetime = 45s
EOF
  cat >"$pc/master.cf" <<EOF
smtp       inet  n  -  n  -  -     smtpd
submission inet  n  -  n  -  -     smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
smtps      inet  n  -  n  -  -     smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
# The remotes of the bounce checks. Chrooted (y) so that they resolve through the stack's dnsmasq.
$RBL_HOST:25 inet  n  -  y  -  -     smtpd
  -o syslog_name=postfix/remote-rbl
  -o myhostname=mx.blocked.test
  -o smtpd_client_restrictions=reject_rbl_client,bl.test
  -o smtpd_relay_restrictions=reject_unauth_destination
$SPF_HOST:25 inet  n  -  y  -  -     smtpd
  -o syslog_name=postfix/remote-spf
  -o myhostname=mx.spf.test
  -o smtpd_relay_restrictions=check_policy_service,inet:127.0.0.1:$SPF_POLICY_PORT,reject_unauth_destination
pickup     unix  n  -  n  60 1     pickup
cleanup    unix  n  -  n  -  0     cleanup
qmgr       unix  n  -  n  300 1    qmgr
tlsmgr     unix  -  -  n  1000? 1  tlsmgr
rewrite    unix  -  -  n  -  -     trivial-rewrite
bounce     unix  -  -  n  -  0     bounce
defer      unix  -  -  n  -  0     bounce
trace      unix  -  -  n  -  0     bounce
verify     unix  -  -  n  -  1     verify
flush      unix  n  -  n  1000? 0  flush
proxymap   unix  -  -  n  -  -     proxymap
proxywrite unix  -  -  n  -  1     proxymap
# The SMTP client runs chrooted in the queue directory so that it resolves through the stack's
# dnsmasq (queue etc/resolv.conf) while the machine's /etc/resolv.conf stays as it is.
smtp       unix  -  -  y  -  -     smtp
relay      unix  -  -  y  -  -     smtp
showq      unix  n  -  n  -  -     showq
error      unix  -  -  n  -  -     error
retry      unix  -  -  n  -  -     error
discard    unix  -  -  n  -  -     discard
local      unix  -  n  n  -  -     local
virtual    unix  -  n  n  -  -     virtual
lmtp       unix  -  -  n  -  -     lmtp
anvil      unix  -  -  n  -  1     anvil
scache     unix  -  -  n  -  1     scache
postlog    unix-dgram n - n -  1     postlogd
EOF
  cat >"$pc/transport" <<EOF
remote.test smtp:
.remote.test smtp:
blocked.test smtp:[$RBL_HOST]
spf.test smtp:[$SPF_HOST]
elsewhere.test smtp:
down.test smtp:
invalid smtp:
.invalid smtp:
EOF
  printf 'postmaster: alice@%s\nroot: alice@%s\n' "$DOMAIN" "$DOMAIN" >"$pc/aliases"
  printf 'alice@%s alice@%s\nbob@%s bob@%s\n' "$DOMAIN" "$DOMAIN" "$DOMAIN" "$DOMAIN" >"$pc/sender-logins"
  printf 'nameserver 127.0.0.1\noptions timeout:2 attempts:1\n' >"$spool/etc/resolv.conf"
  for f in hosts services nsswitch.conf host.conf localtime; do
    [ -e "/etc/$f" ] && cp -L "/etc/$f" "$spool/etc/$f"
  done
  alive master "$spool/pid/master.pid" && { /usr/sbin/postfix -c "$pc" reload >/dev/null 2>&1 || true; return 0; }
  /usr/sbin/postfix -c "$pc" start 9>&- >>"$D/log/postfix-start.log" 2>&1 ||
    die postfix "$(tail -n 5 "$D/log/postfix-start.log"; tail -n 5 "$D/log/postfix.log" 2>/dev/null)"
  started+=(postfix)
}

# --- The SPF policy service of the spf.test remote (node, mailauth, the stack's dnsmasq) ------------------
start_spf_policy() {
  alive node "$D/run/spf-policy.pid" && return 0
  (cd "$HERE/../.." && exec node --import tsx scripts/mail-stack/spf-policy.ts "$SPF_POLICY_PORT" "$D/run/spf-policy.pid" 9>&- >>"$D/log/spf-policy.log" 2>&1 &)
  started+=(spf-policy)
}

# --- Exim: the remote side on 127.0.0.2 --------------------------------------------------------------
start_exim() {
  local ed="$D/exim"
  mkdir -p "$ed/spool" "$ed/mail" "$ed/log"
  # Exim writes its logs as its own user.
  chown Debian-exim:Debian-exim "$ed/spool" "$ed/mail" "$ed/log"
  # full@remote.test already holds more than its quota.
  if [ ! -e "$ed/mail/full" ]; then
    head -c 4096 /dev/zero | tr '\0' 'x' >"$ed/mail/full"
    chown Debian-exim:Debian-exim "$ed/mail/full"
  fi
  cat >"$ed/exim.conf" <<EOF
exim_path = $EXIM
primary_hostname = mx.remote.test
domainlist local_domains = remote.test : late.remote.test
local_interfaces = <; $REMOTE_HOST.25
daemon_smtp_ports = 25
spool_directory = $ed/spool
log_file_path = $ed/log/%slog
pid_file_path = $D/run/exim.pid
message_size_limit = $REMOTE_SIZE_LIMIT
never_users = root
host_lookup =
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
acl_smtp_rcpt = acl_check_rcpt

begin acl
acl_check_rcpt:
  # late.remote.test takes everything at RCPT time and sorts it out later (Exim's own bounces).
  accept  domains = late.remote.test
  require message = relay not permitted
          domains = +local_domains
  require verify = recipient
  accept

begin routers
to_example:
  driver = manualroute
  domains = example.test
  route_list = * 127.0.0.1
  self = send
  transport = remote_smtp
mailboxes:
  driver = accept
  domains = remote.test
  local_parts = carol : full
  transport = mailbox

begin transports
remote_smtp:
  driver = smtp
  interface = $REMOTE_HOST
  hosts_avoid_tls = *
mailbox:
  driver = appendfile
  # \$local_part_data: the untainted copy from the local_parts match above.
  file = $ed/mail/\$local_part_data
  user = Debian-exim
  group = Debian-exim
  quota = \${if eq{\$local_part}{full}{2K}{10M}}

begin retry
# A full mailbox bounces at once (a retry rule without times), like the provider's.
*  quota
*  *  F,2m,10s
EOF
  alive exim4 "$D/run/exim.pid" && return 0
  "$EXIM" -C "$ed/exim.conf" -bd -q10s 9>&- 2>>"$D/log/exim-start.log" || die exim "$(tail -n 5 "$D/log/exim-start.log"; tail -n 5 "$ed/log/paniclog" 2>/dev/null)"
  started+=(exim)
}

# --- Roundcube: php's built-in server over the Debian install -----------------------------------------
start_roundcube() {
  local rd="$D/roundcube"
  mkdir -p "$rd/config" "$rd/logs" "$rd/temp"
  chown www-data:www-data "$rd" "$rd/logs" "$rd/temp" 2>/dev/null || true
  ln -sf /etc/roundcube/defaults.inc.php "$rd/config/defaults.inc.php"
  ln -sf /etc/roundcube/mimetypes.php "$rd/config/mimetypes.php"
  [ -s "$rd/des_key" ] || head -c 18 /dev/urandom | base64 >"$rd/des_key"
  cat >"$rd/config/config.inc.php" <<EOF
<?php
\$config = [];
\$config['db_dsnw'] = 'sqlite:///$rd/roundcube.db?mode=0640';
\$config['imap_host'] = '127.0.0.1:143';
\$config['smtp_host'] = 'tls://127.0.0.1:587';
\$config['smtp_user'] = '%u';
\$config['smtp_pass'] = '%p';
\$config['smtp_conn_options'] = ['ssl' => ['cafile' => '$D/tls/cert.pem', 'peer_name' => '$HOSTNAME_']];
\$config['log_dir'] = '$rd/logs/';
\$config['temp_dir'] = '$rd/temp/';
\$config['des_key'] = '$(cat "$rd/des_key")';
\$config['product_name'] = 'Roundcube Webmail';
\$config['plugins'] = [];
\$config['skin'] = 'elastic';
\$config['enable_spellcheck'] = false;
\$config['enable_installer'] = false;
\$config['check_all_folders'] = false;
EOF
  if [ ! -s "$rd/roundcube.db" ]; then
    # Debian ships the schema but not Roundcube's initdb.sh: load it through PDO.
    /usr/bin/php8.2 -r '$db = new PDO("sqlite:" . $argv[1]); $db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
      $db->exec(file_get_contents($argv[2]));' "$rd/roundcube.db.tmp" /usr/share/roundcube/SQL/sqlite.initial.sql \
      >>"$D/log/roundcube-start.log" 2>&1 || die roundcube "$(tail -n 5 "$D/log/roundcube-start.log")"
    mv "$rd/roundcube.db.tmp" "$rd/roundcube.db"
  fi
  alive php8.2 "$D/run/roundcube.pid" && return 0
  ROUNDCUBE_CONFIG_DIR="$rd/config" setsid /usr/bin/php8.2 -S "127.0.0.1:$RC_PORT" -t /var/lib/roundcube/public_html \
    >>"$D/log/roundcube.log" 2>&1 </dev/null 9>&- &
  echo $! >"$D/run/roundcube.pid"
  started+=(roundcube)
}

started=()
start_dns
start_dovecot
start_spf_policy
start_postfix
start_exim
start_roundcube

wait_port dnsmasq 127.0.0.1 53
wait_port dovecot 127.0.0.1 143
wait_port dovecot-lmtp 127.0.0.1 24
wait_port dovecot-auth 127.0.0.1 12345
wait_port postfix 127.0.0.1 25
wait_port postfix-submission 127.0.0.1 587
wait_port postfix-smtps 127.0.0.1 465
wait_port exim "$REMOTE_HOST" 25
wait_port spf-policy 127.0.0.1 "$SPF_POLICY_PORT"
wait_port remote-rbl "$RBL_HOST" 25
wait_port remote-spf "$SPF_HOST" 25
wait_port roundcube 127.0.0.1 "$RC_PORT"
# A port can answer for someone else's server: each piece must also be our own process, still running.
alive dnsmasq "$D/run/dnsmasq.pid" || die dnsmasq "exited; see $D/log/dnsmasq.log"
alive dovecot "$D/dovecot/run/master.pid" || die dovecot "exited; see $D/log/dovecot.log"
alive master "$D/postfix/spool/pid/master.pid" || die postfix "exited; see $D/log/postfix.log"
alive exim4 "$D/run/exim.pid" || die exim "exited; see $D/exim/log/paniclog"
alive node "$D/run/spf-policy.pid" || die spf-policy "exited; see $D/log/spf-policy.log"
alive php8.2 "$D/run/roundcube.pid" || die roundcube "exited; see $D/log/roundcube.log"

cat >"$D/stack.json.tmp" <<EOF
{
  "domain": "$DOMAIN",
  "hostname": "$HOSTNAME_",
  "smtpHost": "127.0.0.1",
  "ports": { "smtp": 25, "submission": 587, "smtps": 465, "imap": 143, "lmtp": 24 },
  "users": {
    "alice": { "address": "alice@$DOMAIN", "password": "$ALICE_PW" },
    "bob": { "address": "bob@$DOMAIN", "password": "$BOB_PW", "quotaBytes": $BOB_QUOTA }
  },
  "remote": { "host": "$REMOTE_HOST", "domain": "remote.test", "hostname": "mx.remote.test", "sizeLimitBytes": $REMOTE_SIZE_LIMIT },
  "checks": { "dnsbl": "bl.test", "rblHost": "$RBL_HOST", "rblDomain": "blocked.test", "spfHost": "$SPF_HOST", "spfDomain": "spf.test" },
  "roundcubeUrl": "http://127.0.0.1:$RC_PORT/",
  "dns": { "host": "127.0.0.1", "port": 53 },
  "caCertPath": "$D/tls/cert.pem",
  "stateDir": "$D"
}
EOF
mv "$D/stack.json.tmp" "$D/stack.json"
# global-setup.ts reads this line: it stops the stack afterwards only if it started something.
if [ ${#started[@]} -gt 0 ]; then
  echo "mail-stack: started ${started[*]}; see $D/stack.json"
else
  echo "mail-stack: already running; see $D/stack.json"
fi
