// Content files in the corpus's own style: keys in schema order, short lists in flow style
// (`audience: [自然人]`), unquoted days, no line folding. YAML 1.1 output quotes any string that
// a YAML 1.1 reader (js-yaml, which the validator and Astro use) would take for a date or number.
import { Document, isSeq } from 'yaml';
import type { Department, Guide, Material } from '../schemas/index.ts';

const FLOW = [
  ['audience'],
  ['counter', 'locations'],
  ['result', 'delivery'],
  ['topics'],
  ['aliases'],
];

function yamlOf(value: Record<string, unknown>): string {
  const doc = new Document(value, { version: '1.1' });
  for (const path of FLOW) {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Drops undefined keys (the YAML writer would print them as null). */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function guideFile(data: Guide, body: string): string {
  const ordered = defined({
    code: data.code,
    title: data.title,
    department: data.department,
    type: data.type,
    status: data.status,
    audience: data.audience,
    basis: data.basis.map((b) => defined({ title: b.title, article: b.article })),
    conditions: data.conditions,
    materials: data.materials.map((m) =>
      defined({
        material: m.material,
        form: m.form,
        originals: m.originals,
        copies: m.copies,
        necessity: m.necessity,
        when: m.when,
        note: m.note,
        verifyOriginal: m.verifyOriginal,
      }),
    ),
    process: data.process.map((p) =>
      defined({ step: p.step, days: p.days, description: p.description }),
    ),
    timeLimit: { legal: data.timeLimit.legal, promised: data.timeLimit.promised },
    kind: data.kind,
    fees: data.fees.map((f) => ({ item: f.item, amount: f.amount, basis: f.basis })),
    online: defined({ depth: data.online.depth, url: data.online.url }),
    counter: { locations: data.counter.locations },
    post: data.post,
    visits: data.visits,
    visitsReason: data.visitsReason,
    result: { name: data.result.name, delivery: data.result.delivery },
    coverage: data.coverage,
    topics: data.topics.length > 0 ? data.topics : undefined,
    reviewed: data.reviewed,
    changes:
      data.changes.length > 0
        ? data.changes.map((c) => ({ date: c.date, note: c.note }))
        : undefined,
  });
  const text = body.trim();
  return `---\n${yamlOf(ordered)}---\n${text === '' ? '' : `\n${text}\n`}`;
}

export function departmentFile(data: Department): string {
  return yamlOf({
    name: data.name,
    address: data.address,
    hours: data.hours,
    consultPhone: data.consultPhone,
    complaintPhone: data.complaintPhone,
    locations: data.locations.map((l) => ({
      id: l.id,
      name: l.name,
      address: l.address,
      window: l.window,
      hours: l.hours,
    })),
  });
}

export function materialFile(data: Material): string {
  return yamlOf(
    defined({
      name: data.name,
      aliases: data.aliases,
      category: data.category,
      source: data.source,
      issuer: data.issuer,
      license: data.license,
      template: data.template,
      sample: data.sample,
    }),
  );
}
