/**
 * Jest runs test files in a VM context, but Node's structuredClone is the host's: it returns
 * objects of the host realm, whose prototypes differ from the test realm's. oidc-provider
 * checks client JWKS for plain objects and rejects such clones. This clone builds plain data
 * in the test realm and leaves everything else to the host.
 */
const hostClone = globalThis.structuredClone;

function realmClone(value, seen = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out = [];
    seen.set(value, out);
    for (const item of value) out.push(realmClone(item, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === null || proto.constructor?.name === 'Object') {
    const out = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = realmClone(v, seen);
    return out;
  }
  if (value instanceof Date || proto.constructor?.name === 'Date') return new Date(value.getTime());
  return hostClone(value);
}

globalThis.structuredClone = (value, options) =>
  options?.transfer ? hostClone(value, options) : realmClone(value);
