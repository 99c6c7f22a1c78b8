// The guard's pure checks: host forms, the port allowlist, address ranges.
import { describe, expect, it } from 'vitest';
import { checkAddress, checkPort, invalidNetworks, parseHost } from '../../../src/probe/guard.ts';
import type { GuardPolicy } from '../../../src/probe/index.ts';

const closed: GuardPolicy = { ports: [25, 465, 587, 2525], allowPrivate: false, allowedNetworks: [] };
const open: GuardPolicy = { ...closed, allowPrivate: true };

describe('parseHost', () => {
  it.each([
    ['mail.example.com', { kind: 'name', name: 'mail.example.com' }],
    ['MAIL.Example.COM.', { kind: 'name', name: 'mail.example.com' }],
    ['  smtp.example.com ', { kind: 'name', name: 'smtp.example.com' }],
    ['192.0.2.10', { kind: 'ip', address: '192.0.2.10' }],
    ['[2001:db8::1]', { kind: 'ip', address: '2001:db8::1' }],
    ['2001:DB8:0:0::1', { kind: 'ip', address: '2001:db8::1' }],
  ])('%s is accepted as %o', (input, host) => {
    expect(parseHost(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['127.1', 'ip-notation'], ['2130706433', 'ip-notation'], ['0x7f.0.0.1', 'ip-notation'], ['0177.0.0.1', 'ip-notation'],
    ['example.123', 'ip-notation'], ['', 'empty'], ['a'.repeat(254), 'too-long'], ['exa mple.com', 'syntax'],
    ['-x.example', 'syntax'], ['x_y.example', 'syntax'], ['fe80::1%eth0', 'syntax'], ['[::1', 'syntax'], ['ex..ample', 'syntax'],
  ])('%s is refused (%s)', (input, why) => {
    expect(parseHost(input)).toEqual({ ok: false, error: { code: 'bad-host', why } });
  });
});

describe('checkPort', () => {
  it('allows only the allowlist', () => {
    expect(checkPort(587, closed)).toBeNull();
    expect(checkPort(22, closed)).toEqual({ code: 'bad-port' });
    expect(checkPort(587.5, closed)).toEqual({ code: 'bad-port' });
  });
});

describe('checkAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['10.1.2.3', 'private'], ['169.254.169.254', 'linkLocal'], ['100.64.0.1', 'carrierGradeNat'],
    ['::ffff:127.0.0.1', 'loopback'], ['::1', 'loopback'], ['64:ff9b::7f00:1', 'rfc6052'], ['2002:7f00:1::', '6to4'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'], ['ff02::1', 'multicast'], ['0.0.0.0', 'unspecified'], ['not-an-ip', 'invalid'],
  ])('%s is refused as %s', (address, range) => {
    expect(checkAddress(address, closed)).toMatchObject({ code: 'forbidden-address', range });
  });

  it('allows public unicast', () => {
    expect(checkAddress('93.184.216.34', closed)).toBeNull();
    expect(checkAddress('2606:2800:220:1::1', closed)).toBeNull();
  });

  it('--allow-private opens loopback and private ranges, never link-local (cloud metadata)', () => {
    expect(checkAddress('127.0.0.1', open)).toBeNull();
    expect(checkAddress('10.0.0.1', open)).toBeNull();
    expect(checkAddress('169.254.169.254', open)).toMatchObject({ range: 'linkLocal' });
  });

  it('the provider’s own networks can be allowed by CIDR', () => {
    const provider = { ...closed, allowedNetworks: ['10.20.0.0/16'] };
    expect(checkAddress('10.20.3.4', provider)).toBeNull();
    expect(checkAddress('10.21.3.4', provider)).toMatchObject({ range: 'private' });
    expect(invalidNetworks(['10.0.0.0/8', '10.0.0.0/33', 'nope'])).toEqual(['10.0.0.0/33', 'nope']);
  });
});
