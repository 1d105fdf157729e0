import { describe, expect, it } from 'vitest';
import { brief, check, first, scenario } from '../helpers.ts';

describe('references between files (TY010–TY018)', () => {
  it('reports each dangling reference at its value with the closest ids', () => {
    const findings = check('references/fail', { publicDir: scenario('references/fail/public') });
    expect(findings.map(brief)).toEqual([
      'abolished/unknown-material.yaml:2:11 TY016',
      'guides/civil-affairs/duplicate-a.md:2:7 TY015',
      'guides/civil-affairs/duplicate-b.md:2:7 TY015',
      'guides/civil-affairs/not-in-topic.md:40:10 TY017',
      'guides/civil-affairs/unknown-department.md:4:13 TY010',
      'guides/civil-affairs/unknown-location.md:32:15 TY012',
      'guides/civil-affairs/unknown-material.md:13:15 TY011',
      'guides/civil-affairs/unknown-topic.md:40:10 TY013',
      'materials/application-form.yaml:5:11 TY018',
      'topics/marriage.yaml:4:5 TY017',
      'topics/marriage.yaml:5:5 TY014',
    ]);
    expect(first(findings, 'TY016', 'abolished/unknown-material.yaml').message).toBe(
      '取消登记“户口簿”对应的材料 household-registr 不在材料目录中。没有对应关系，列出这份材料的指南就查不出来：请改成材料目录中的编号；目录中没有这份材料时删除 material 这一行（名称和别名仍会被检查）。',
    );
    expect(first(findings, 'TY015', 'guides/civil-affairs/duplicate-a.md').message).toBe(
      '事项编码 339901-MZ-0005 重复：guides/civil-affairs/duplicate-b.md 也使用了它。事项编码在全区唯一，用来识别事项、生成网址和二维码。请核对后改正其中一个。',
    );
    expect(first(findings, 'TY017', 'guides/civil-affairs/not-in-topic.md').message).toBe(
      '指南把自己列入一件事 marriage（结婚一件事），但 src/content/topics/marriage.yaml 的 guides 中没有 civil-affairs/not-in-topic。两边必须一致，否则一件事页面和指南页面显示不同：请在该一件事的 guides 中加上 civil-affairs/not-in-topic，或从这里删除 marriage。',
    );
    expect(first(findings, 'TY010', 'guides/civil-affairs/unknown-department.md').message).toBe(
      '实施主体 civil-affair 不存在：src/content/departments/ 中没有 civil-affair.yaml。是否指的是 civil-affairs（云溪区民政局）？请改成已有的部门编号，或先新增这个部门。',
    );
    expect(first(findings, 'TY012', 'guides/civil-affairs/unknown-location.md').message).toBe(
      '办理地点 centre 不是 云溪区民政局（civil-affairs）的办理地点。是否指的是 center（区政务服务中心民政窗口）？本部门的地点：center。地点在 src/content/departments/civil-affairs.yaml 的 locations 中定义。',
    );
    expect(first(findings, 'TY011', 'guides/civil-affairs/unknown-material.md').message).toBe(
      '材料目录中没有 resident-idcard：src/content/materials/ 中找不到 resident-idcard.yaml。是否指的是 resident-id-card（居民身份证）？请改成材料目录中的编号；如果确实是新材料，请先在材料目录中新增。',
    );
    expect(first(findings, 'TY013', 'guides/civil-affairs/unknown-topic.md').message).toBe(
      '一件事 marriag 不存在：src/content/topics/ 中没有 marriag.yaml。是否指的是 marriage（结婚一件事）？请改正编号，或删除这一项。',
    );
    expect(first(findings, 'TY018', 'materials/application-form.yaml').message).toBe(
      '空白表格文件 /templates/missing-form.pdf 不存在（应在 public/templates/missing-form.pdf）。网站上的下载链接会失效：请把文件放到 public/templates/missing-form.pdf，或改正路径，或删除这一行。',
    );
    expect(first(findings, 'TY014', 'topics/marriage.yaml').message).toBe(
      '一件事“结婚一件事”列出的办事指南 civil-affairs/missing-guide 不存在：找不到 src/content/guides/civil-affairs/missing-guide.md。编号是 guides/ 下的路径，不含 .md。',
    );
  });

  it('accepts consistent references, topic membership and template files', () => {
    expect(check('references/pass', { publicDir: scenario('references/pass/public') })).toEqual([]);
  });
});
