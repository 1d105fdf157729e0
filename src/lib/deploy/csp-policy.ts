// Content-Security-Policy strings as data: parse one, tell whether two differ only in their
// hashes, merge such policies, and render the header value. The header adds what a <meta> policy
// cannot say (CSP3 §4.2.5: `frame-ancestors`, `report-uri` and `sandbox` are ignored in a meta).
// https://www.w3.org/TR/CSP3/#meta-element

/** One directive: its name (lower case) and its source expressions, in the order written. */
export interface Directive {
  readonly name: string;
  readonly sources: readonly string[];
}

export type Policy = readonly Directive[];

/** What only a response header can carry; the server adds it to every policy. */
export const HEADER_ONLY_DIRECTIVES: Policy = [{ name: 'frame-ancestors', sources: ["'none'"] }];

const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/_-]+={0,2}'$/;

export const isHashSource = (source: string): boolean => HASH_SOURCE.test(source);

/**
 * Parses a serialized policy (`default-src 'self'; script-src 'self' 'sha256-…'`). An empty
 * directive (`;;`) is skipped; a repeated directive is ignored after its first occurrence, as
 * browsers do (CSP3 §2.2.1).
 */
export function parsePolicy(text: string): Policy {
  const seen = new Set<string>();
  const directives: Directive[] = [];
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    directives.push({ name: key, sources });
  }
  return directives;
}

/**
 * The policy without its hashes, as a comparable string: two pages whose policies have the same
 * shape differ only in which of the build's own inline scripts and styles they allow.
 */
export function policyShape(policy: Policy): string {
  return policy
    .map(({ name, sources }) => {
      const kept = sources.filter((source) => !isHashSource(source)).sort();
      return [name, ...kept].join(' ');
    })
    .sort()
    .join('; ');
}

/**
 * Merges policies of the same shape (see policyShape) into one that allows the hashes of each:
 * directives and their keyword sources in first-seen order, then the hashes sorted, so the result
 * does not depend on the order pages were read in.
 */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const order: string[] = [];
  const keywords = new Map<string, string[]>();
  const hashes = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const { name, sources } of policy) {
      if (!keywords.has(name)) {
        order.push(name);
        keywords.set(name, []);
        hashes.set(name, new Set());
      }
      for (const source of sources) {
        if (isHashSource(source)) hashes.get(name)?.add(source);
        else if (!keywords.get(name)?.includes(source)) keywords.get(name)?.push(source);
      }
    }
  }
  return order.map((name) => ({
    name,
    sources: [...(keywords.get(name) ?? []), ...[...(hashes.get(name) ?? [])].sort()],
  }));
}

/** The header's policy: the page's directives, then the header-only ones (which replace any). */
export function withHeaderDirectives(
  policy: Policy,
  header: Policy = HEADER_ONLY_DIRECTIVES,
): Policy {
  const replaced = new Set(header.map(({ name }) => name));
  return [...policy.filter(({ name }) => !replaced.has(name)), ...header];
}

export const serializePolicy = (policy: Policy): string =>
  policy.map(({ name, sources }) => [name, ...sources].join(' ')).join('; ');
