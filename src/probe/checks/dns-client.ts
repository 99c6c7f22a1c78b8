// A minimal DNS stub client (UDP, TCP when truncated) on dns-packet. Node 20's resolver hides
// TTLs for most types, cannot ask for TLSA and folds NXDOMAIN into ENOTFOUND; the checks need
// all three. It talks only to the configured DNS servers.
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { randomInt } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import * as packet from 'dns-packet';

export type RecordType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'TLSA' | 'CNAME';
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'FORMERR' | 'NOTIMP' | 'TIMEOUT' | 'ERROR';

export interface DnsServer {
  host: string;
  port: number;
}

/** One answer in plain data: A/AAAA/PTR/CNAME strings, MX {priority, exchange}, TXT one string per record, TLSA hex. */
export type RecordData = string | { priority: number; exchange: string };

export interface DnsAnswer {
  rcode: Rcode;
  records: RecordData[];
  /** Smallest TTL of the answers (or of the SOA for negative answers, RFC 2308); seconds. */
  ttl: number;
}

/** "IP", "IP:PORT", "[v6]:PORT"; loopback or not is the caller's business. */
export function parseDnsServer(raw: string): DnsServer | null {
  const s = raw.trim();
  let host = s;
  let port = 53;
  const v6 = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s);
  const v4 = /^([0-9.]+):(\d{1,5})$/.exec(s);
  if (v6) {
    host = v6[1] ?? '';
    if (v6[2]) port = Number(v6[2]);
  } else if (v4) {
    host = v4[1] ?? '';
    port = Number(v4[2]);
  }
  if (!ipaddr.isValid(host) || (host.includes('.') && !ipaddr.IPv4.isValidFourPartDecimal(host))) return null;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host, port };
}

const NEGATIVE_TTL_FALLBACK = 60;

function toAnswer(decoded: packet.DecodedPacket, type: RecordType): DnsAnswer {
  const rcode = ((decoded as unknown as { rcode?: string }).rcode ?? 'ERROR') as Rcode;
  const records: RecordData[] = [];
  let ttl = Number.POSITIVE_INFINITY;
  for (const a of decoded.answers ?? []) {
    if (a.type !== type) continue;
    ttl = Math.min(ttl, a.ttl ?? 0);
    if (a.type === 'MX') records.push({ priority: a.data.preference ?? 0, exchange: (a.data.exchange ?? '').replace(/\.$/, '') });
    else if (a.type === 'TXT') {
      const parts = Array.isArray(a.data) ? a.data : [a.data];
      records.push(parts.map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join(''));
    } else if (a.type === 'TLSA') records.push(`${a.data.usage} ${a.data.selector} ${a.data.matchingType} ${a.data.certificate.toString('hex')}`);
    else if (typeof a.data === 'string') records.push(a.data.replace(/\.$/, ''));
  }
  if (records.length === 0) {
    const soa = (decoded.authorities ?? []).find((x) => x.type === 'SOA');
    ttl = soa && soa.type === 'SOA' ? Math.min(soa.ttl ?? NEGATIVE_TTL_FALLBACK, soa.data.minimum ?? NEGATIVE_TTL_FALLBACK) : NEGATIVE_TTL_FALLBACK;
  }
  return { rcode, records, ttl: Number.isFinite(ttl) ? ttl : 0 };
}

function viaUdp(server: DnsServer, name: string, query: Buffer, id: number, timeoutMs: number, signal?: AbortSignal): Promise<packet.DecodedPacket | null> {
  return new Promise((resolve) => {
    const socket = createSocket(ipaddr.parse(server.host).kind() === 'ipv6' ? 'udp6' : 'udp4');
    const done = (r: packet.DecodedPacket | null): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.close();
      resolve(r);
    };
    const onAbort = (): void => done(null);
    const timer = setTimeout(() => done(null), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', () => done(null));
    socket.on('message', (msg, from) => {
      // Only the server asked, and only our id: anything else is spoofed or stale.
      if (from.port !== server.port || ipaddr.process(from.address).toString() !== ipaddr.process(server.host).toString()) return;
      try {
        const decoded = packet.decode(msg);
        if (decoded.id === id && decoded.questions?.[0]?.name.toLowerCase() === name.toLowerCase()) done(decoded);
      } catch {
        /* malformed: keep waiting */
      }
    });
    socket.send(query, server.port, server.host, (err) => {
      if (err) done(null);
    });
  });
}

function viaTcp(server: DnsServer, query: Buffer, id: number, timeoutMs: number, signal?: AbortSignal): Promise<packet.DecodedPacket | null> {
  return new Promise((resolve) => {
    const socket = connect({ host: server.host, port: server.port });
    let buf = Buffer.alloc(0);
    const done = (r: packet.DecodedPacket | null): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(r);
    };
    const onAbort = (): void => done(null);
    const timer = setTimeout(() => done(null), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', () => done(null));
    socket.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(query.length);
      socket.write(Buffer.concat([len, query]));
    });
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > 65_537) return done(null);
      if (buf.length < 2 || buf.length < 2 + buf.readUInt16BE(0)) return;
      try {
        const decoded = packet.decode(buf.subarray(2, 2 + buf.readUInt16BE(0)));
        done(decoded.id === id ? decoded : null);
      } catch {
        done(null);
      }
    });
  });
}

/** One question to one server; tries UDP twice, then TCP if the answer was truncated. Never rejects. */
export async function queryServer(server: DnsServer, name: string, type: RecordType, timeoutMs: number, signal?: AbortSignal): Promise<DnsAnswer> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (signal?.aborted) break;
    const id = randomInt(0, 65_536);
    const query = packet.encode({ type: 'query', id, flags: packet.RECURSION_DESIRED, questions: [{ type, name, class: 'IN' }] });
    let decoded = await viaUdp(server, name, query, id, timeoutMs, signal);
    if (decoded?.flag_tc) decoded = await viaTcp(server, query, id, timeoutMs, signal);
    if (decoded) return toAnswer(decoded, type);
  }
  return { rcode: 'TIMEOUT', records: [], ttl: 0 };
}
