// Test set-up: refuses every outgoing connection that is not to this machine (127.0.0.1, ::1, localhost), whether
// it comes from node:net, node:tls, node:http(s), undici or the global fetch (all of them open a net.Socket).
import net from 'node:net';

const LOCAL = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

/** The host a Socket#connect call is aimed at, or undefined for a local pipe / Unix socket path. */
function targetOf(args: unknown[]): { host: string; port: unknown } | undefined {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];   // net.connect passes [options, callback]
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; port?: unknown; path?: string };
    // a Unix socket / pipe has a path and no host (http passes the request path along with a host)
    return o.host === undefined && o.path !== undefined ? undefined : { host: o.host ?? 'localhost', port: o.port };
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
  }
  return undefined;   // a path
}

const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const target = targetOf(args);
  if (target && !LOCAL.has(target.host.replace(/^\[|\]$/g, ''))) {
    const error = Object.assign(new Error(`test set-up: network connection to ${target.host}:${String(target.port)} refused (tests may only reach 127.0.0.1)`), { code: 'ECONNREFUSED' });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;
