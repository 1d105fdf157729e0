// Broken links between files: a guide naming a department, material, location or topic that does
// not exist, a topic listing a missing guide, duplicate codes. Astro only logs a dangling
// reference and builds anyway; here each one is an error with the closest valid ids.
import { candidatesOf, locationCandidates } from '../../corpus/candidates.ts';
import { at } from '../context.ts';
import type { CatalogueRule, CorpusRule, GuideRule } from '../context.ts';
import { closest, didYouMean } from '../suggest.ts';
import type { Candidate } from '../suggest.ts';

const suggestionsOf = (found: readonly Candidate[]) => ({ suggestions: found.map((c) => c.value) });

export const guideFolderMatchesDepartment: GuideRule = (guide, { catalogue }, report) => {
  const folder = guide.id.split('/')[0];
  // An unknown department is TY010; the folder mismatch would only repeat it.
  if (!catalogue.departments.has(guide.data.department)) return;
  if (folder !== guide.data.department) {
    report(
      at(
        'TY005',
        guide.file,
        ['department'],
        `指南放在 guides/${folder}/ 文件夹中，但实施主体 department 写的是 ${guide.data.department}。文件夹表示由哪个部门维护，两者必须一致：请把文件移到 guides/${guide.data.department}/，或改正 department。`,
      ),
    );
  }
};

export const departmentExists: GuideRule = (guide, { catalogue }, report) => {
  const id = guide.data.department;
  if (catalogue.departments.has(id) || catalogue.broken.departments.has(id)) return;
  const near = closest(id, candidatesOf(catalogue).departments);
  report(
    at(
      'TY010',
      guide.file,
      ['department'],
      `实施主体 ${id} 不存在：src/content/departments/ 中没有 ${id}.yaml。${didYouMean(near)}请改成已有的部门编号，或先新增这个部门。`,
      suggestionsOf(near),
    ),
  );
};

export const materialsExist: GuideRule = (guide, { catalogue }, report) => {
  guide.data.materials.forEach((m, i) => {
    if (catalogue.materials.has(m.material) || catalogue.broken.materials.has(m.material)) return;
    const near = closest(m.material, candidatesOf(catalogue).materials);
    report(
      at(
        'TY011',
        guide.file,
        ['materials', i, 'material'],
        `材料目录中没有 ${m.material}：src/content/materials/ 中找不到 ${m.material}.yaml。${didYouMean(near)}请改成材料目录中的编号；如果确实是新材料，请先在材料目录中新增。`,
        suggestionsOf(near),
      ),
    );
  });
};

export const locationsBelongToDepartment: GuideRule = (guide, { catalogue }, report) => {
  const department = catalogue.departments.get(guide.data.department);
  if (!department) return;
  const known = new Set(department.data.locations.map((l) => l.id));
  guide.data.counter.locations.forEach((id, i) => {
    if (known.has(id)) return;
    const near = closest(id, locationCandidates(department));
    report(
      at(
        'TY012',
        guide.file,
        ['counter', 'locations', i],
        `办理地点 ${id} 不是 ${department.data.name}（${department.id}）的办理地点。${didYouMean(near)}本部门的地点：${[...known].join('、')}。地点在 src/content/departments/${department.id}.yaml 的 locations 中定义。`,
        suggestionsOf(near),
      ),
    );
  });
};

export const topicsExist: GuideRule = (guide, { catalogue }, report) => {
  guide.data.topics.forEach((id, i) => {
    if (catalogue.topics.has(id) || catalogue.broken.topics.has(id)) return;
    const near = closest(id, candidatesOf(catalogue).topics);
    report(
      at(
        'TY013',
        guide.file,
        ['topics', i],
        `一件事 ${id} 不存在：src/content/topics/ 中没有 ${id}.yaml。${didYouMean(near)}请改正编号，或删除这一项。`,
        suggestionsOf(near),
      ),
    );
  });
};

export const topicGuidesExist: CorpusRule = (guides, { catalogue }, report) => {
  const candidates = guides.map((g) => ({ value: g.id, label: g.title, names: [g.title] }));
  // Guide ids share their department prefix, so only a close match is worth suggesting.
  for (const topic of catalogue.topics.values()) {
    topic.data.guides.forEach((id, i) => {
      if (catalogue.guideIds.has(id)) return;
      const near = closest(id, candidates, 2, 0.25);
      report(
        at(
          'TY014',
          topic.file,
          ['guides', i],
          `一件事“${topic.data.title}”列出的办事指南 ${id} 不存在：找不到 src/content/guides/${id}.md。${didYouMean(near)}编号是 guides/ 下的路径，不含 .md。`,
          suggestionsOf(near),
        ),
      );
    });
  }
};

export const topicMembershipAgrees: CorpusRule = (guides, { catalogue }, report) => {
  const byId = new Map(guides.map((g) => [g.id, g]));
  for (const guide of guides) {
    guide.topics.forEach((topicId, i) => {
      const topic = catalogue.topics.get(topicId);
      if (topic && !topic.data.guides.includes(guide.id)) {
        report(
          at(
            'TY017',
            guide.file,
            ['topics', i],
            `指南把自己列入一件事 ${topicId}（${topic.data.title}），但 src/content/topics/${topicId}.yaml 的 guides 中没有 ${guide.id}。两边必须一致，否则一件事页面和指南页面显示不同：请在该一件事的 guides 中加上 ${guide.id}，或从这里删除 ${topicId}。`,
          ),
        );
      }
    });
  }
  for (const topic of catalogue.topics.values()) {
    topic.data.guides.forEach((guideId, i) => {
      const guide = byId.get(guideId);
      if (guide && !guide.topics.includes(topic.id)) {
        report(
          at(
            'TY017',
            topic.file,
            ['guides', i],
            `一件事“${topic.data.title}”包含 ${guideId}，但该指南的 topics 中没有 ${topic.id}。两边必须一致：请在 ${guide.file} 的 topics 中加上 ${topic.id}，或从这里删除这一项。`,
          ),
        );
      }
    });
  }
};

export const codesAreUnique: CorpusRule = (guides, _ctx, report) => {
  const byCode = new Map<string, (typeof guides)[number][]>();
  for (const guide of guides) {
    const list = byCode.get(guide.code) ?? [];
    list.push(guide);
    byCode.set(guide.code, list);
  }
  for (const [code, list] of byCode) {
    if (list.length < 2) continue;
    for (const guide of list) {
      const others = list.filter((g) => g !== guide).map((g) => g.file);
      report(
        at(
          'TY015',
          guide.file,
          ['code'],
          `事项编码 ${code} 重复：${others.join('、')} 也使用了它。事项编码在全区唯一，用来识别事项、生成网址和二维码。请核对后改正其中一个。`,
        ),
      );
    }
  }
};

export const abolishedMaterialExists: CatalogueRule = ({ catalogue }, report) => {
  for (const entry of catalogue.abolished.values()) {
    const id = entry.data.material;
    if (id === undefined || catalogue.materials.has(id) || catalogue.broken.materials.has(id))
      continue;
    const near = closest(id, candidatesOf(catalogue).materials);
    report(
      at(
        'TY016',
        entry.file,
        ['material'],
        `取消登记“${entry.data.name}”对应的材料 ${id} 不在材料目录中。${didYouMean(near)}没有对应关系，列出这份材料的指南就查不出来：请改成材料目录中的编号；目录中没有这份材料时删除 material 这一行（名称和别名仍会被检查）。`,
        suggestionsOf(near),
      ),
    );
  }
};
