// Preloaded into Microsoft 365 Agents Playground (--require): it has no host option and would listen on
// every interface, so every listen without a loopback host is bound to 127.0.0.1.
import net from 'node:net';

const listen = net.Server.prototype.listen;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

net.Server.prototype.listen = function patched(this: net.Server, ...args: unknown[]) {
  const [first] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const host = typeof args[1] === 'string' ? args[1] : undefined;
    if (!host || !LOOPBACK.has(host)) {
      const rest = typeof args[1] === 'string' ? args.slice(2) : args.slice(1);
      return listen.apply(this, [Number(first), '127.0.0.1', ...rest] as never);
    }
  } else if (first && typeof first === 'object' && !('path' in (first as object))) {
    const options = first as net.ListenOptions;
    if (!options.host || !LOOPBACK.has(options.host))
      return listen.apply(this, [{ ...options, host: '127.0.0.1' }, ...args.slice(1)] as never);
  }
  return listen.apply(this, args as never);
} as typeof listen;
