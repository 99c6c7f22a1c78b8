// The test zones the bounce checks are tested against, as dnsmasq configuration. Addresses are
// documentation ranges (RFC 5737): nothing here is a real host.
export const IPS = {
  /** Listed on bl.test (127.0.0.2), no PTR. */
  listed: '192.0.2.99',
  /** On no list; PTR mail.good.test, which points back (FCrDNS). */
  clean: '192.0.2.10',
  /** bl.test answers 127.255.255.254 ("query refused: public resolver"). */
  refusedQuery: '192.0.2.77',
  /** PTR to a name that does not point back. */
  mismatch: '192.0.2.20',
} as const;

export const ZONE_CONF: string[] = [
  // Reverse zone of the test addresses: answered here, never forwarded.
  'local=/2.0.192.in-addr.arpa/',
  // DNSBL bl.test: one listed IP (with the list's TXT reason), one "query refused" answer.
  'host-record=99.2.0.192.bl.test,127.0.0.2',
  'txt-record=99.2.0.192.bl.test,"Listed by bl.test for testing"',
  'host-record=77.2.0.192.bl.test,127.255.255.254',
  // Domain list dbl.test: spammy.test is listed as a spam domain.
  'host-record=spammy.test.dbl.test,127.0.1.2',
  // good.test: SPF allows 192.0.2.10, DMARC reject, a DKIM key, MX, MTA-STS and DANE.
  'txt-record=good.test,"v=spf1 ip4:192.0.2.10 -all"',
  'txt-record=_dmarc.good.test,"v=DMARC1; p=reject"',
  'txt-record=sel1._domainkey.good.test,"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDtest"',
  'txt-record=old._domainkey.good.test,"v=DKIM1; p="',
  'mx-host=good.test,mx.good.test,10',
  'host-record=mx.good.test,127.0.0.1',
  'host-record=mail.good.test,192.0.2.10',
  'ptr-record=10.2.0.192.in-addr.arpa,mail.good.test',
  'txt-record=_mta-sts.good.test,"v=STSv1; id=20261206"',
  'dns-rr=_25._tcp.mx.good.test,52,030101aabbccdd',
  // mismatch: PTR names a host that resolves elsewhere.
  'ptr-record=20.2.0.192.in-addr.arpa,other.good.test',
  'host-record=other.good.test,192.0.2.21',
  // softfail.test: ~all; bad.test: SPF that excludes everyone we send from, DMARC reject.
  'txt-record=softfail.test,"v=spf1 ip4:198.51.100.1 ~all"',
  'txt-record=bad.test,"v=spf1 ip4:198.51.100.1 -all"',
  'txt-record=_dmarc.bad.test,"v=DMARC1; p=reject; adkim=s"',
  'txt-record=quarantine.test,"v=spf1 -all"',
  'txt-record=_dmarc.quarantine.test,"v=DMARC1; p=quarantine"',
  // broken.test: two SPF records are a permerror (RFC 7208 §4.5).
  'txt-record=broken.test,"v=spf1 -all"',
  'txt-record=broken.test,"v=spf1 +all"',
  // nullmx.test: "MX 0 ." (RFC 7505), written as raw RDATA: preference 0, root name.
  'dns-rr=nullmx.test,15,000000',
  // nomail.test exists (a TXT record) but has neither MX nor address.
  'txt-record=nomail.test,"exists"',
  // silent.test: its MX is a loopback address where nothing answers (port chosen by the test).
  'mx-host=silent.test,mx.silent.test,10',
  'host-record=mx.silent.test,127.0.0.1',
];
