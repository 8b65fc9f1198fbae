/**
 * @module ingest/net-guard
 * Refuses connections to loopback, private, link-local, unique-local, multicast, unspecified and
 * other non-global addresses (IPv4 and IPv6, IPv4-mapped IPv6 included). The check runs on the
 * RESOLVED address, through a `lookup` function handed to http.request, so a public name that
 * resolves to 127.0.0.1 — or a redirect to one — is refused too.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** The ipaddr.js range of an address ("unicast" is the only global one), or undefined if not an IP. */
export function addressRange(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return undefined;
  return ipaddr.process(bare).range();
}

/** True for addresses that must not be contacted without allowPrivate. */
export function isPrivateAddress(address: string): boolean {
  const range = addressRange(address);
  return range !== undefined && range !== 'unicast';
}

/** Raised by the guarded lookup; the fetcher turns it into a UserError naming the URL. */
export class PrivateAddressError extends Error {
  readonly code = 'ingest:private-address';
  constructor(readonly address: string) {
    super(`refused private address ${address} (use --allow-private to allow)`);
    this.name = 'PrivateAddressError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Decides whether a resolved address is refused. */
export type AddressPolicy = (address: string) => boolean;

/** A dns.lookup replacement that fails with PrivateAddressError when any resolved address is refused. */
export function guardedLookup(isRefused: AddressPolicy = isPrivateAddress) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, []);
        return;
      }
      const refused = addresses.find((entry) => isRefused(entry.address));
      if (refused) {
        callback(new PrivateAddressError(refused.address) as unknown as NodeJS.ErrnoException, []);
        return;
      }
      if (options.all) {
        callback(null, addresses);
        return;
      }
      const first = addresses[0];
      if (!first) callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      else callback(null, first.address, first.family);
    });
  };
}
