import { z } from 'zod';
import { phone, text, url } from './common.ts';

// The region as content (`src/content/site.yaml`): everything that differs between two districts
// using this system. Code holds none of it; a test greps `src/` for these values.

/** The address of the site itself: an origin, since the site is served from the domain's root. */
const siteUrl = url
  .refine(
    (value) => {
      const parsed = new URL(value);
      return parsed.pathname === '/' && parsed.search === '' && parsed.hash === '';
    },
    {
      message:
        '网站网址只写协议和域名，例如 https://banshi.example.gov.cn，不带路径、问号或 #（网站部署在域名的根目录）',
    },
  )
  .describe('本站网址：只写协议和域名，例如 https://banshi.example.gov.cn');

const phoneLine = z
  .object({
    label: text.describe('电话名称，例如 咨询电话'),
    number: phone.describe('号码，例如 0571-86010000'),
  })
  .strict()
  .describe('一个电话：名称和号码');

export const centreSchema = z
  .object({
    name: text.describe('政务服务中心名称，例如 青山区政务服务中心'),
    address: text.describe('政务服务中心地址，例如 青山区和平大道100号'),
    hours: z
      .array(text)
      .min(1, { message: '至少写一行办公时间' })
      .describe('办公时间：每项一行，例如 [周一至周五 9:00—12:00，13:30—17:00]'),
    phones: z
      .array(phoneLine)
      .min(1, { message: '至少写一个电话' })
      .describe('政务服务中心的电话：每项写 label（名称）和 number（号码）'),
  })
  .strict()
  .describe('政务服务中心：每页页脚和首页显示它的名称、地址、办公时间和电话');

/** Where the web editor (/admin/) saves: the forge, the repository, and its sign-in. */
export const editorSchema = z
  .object({
    backend: z
      .enum(['github', 'gitlab', 'forgejo'], {
        error: '代码托管平台只能是 github、gitlab 或 forgejo（Gitea 不支持网页编辑器的审核流程）',
      })
      .describe(
        '代码托管平台：github、gitlab 或 forgejo。Gitea 不支持编辑工作流（每次保存都成为合并请求），不能选',
      ),
    repo: text.describe('仓库：所有者/仓库名，例如 qingshan-district/banshi'),
    branch: text.optional().describe('发布分支，不填为 main'),
    authUrl: url
      .optional()
      .describe(
        'GitHub 登录助手的网址（持有 OAuth 密钥的小服务），例如 https://banshi.example.gov.cn',
      ),
    apiRoot: url
      .optional()
      .describe('自建 GitLab 或 Forgejo 的接口地址，例如 https://git.example.gov.cn/api/v1'),
    appId: text
      .optional()
      .describe('GitLab 应用 ID 或 Forgejo OAuth2 客户端 ID（浏览器内 PKCE 登录用）'),
  })
  .strict()
  .describe('网页编辑器（/admin/）保存到哪里：代码托管平台、仓库和登录方式，见 docs/cms.md');

export const siteSchema = z
  .object({
    region: text.describe('地区名称：本站服务的行政区，例如 青山区'),
    regionCode: z
      .string({ error: '应为 6 位数字的行政区划代码，加引号，例如 "420107"' })
      .regex(/^\d{6}$/, { message: '行政区划代码应为 6 位数字，例如 "420107"' })
      .describe(
        '行政区划代码：6 位数字，要加引号；新建办事指南时作为事项编码的第一段，例如 "420107"',
      ),
    siteName: text.describe('网站名称：显示在页眉和每页标题中，例如 青山区办事指南'),
    tagline: text.describe(
      '网站副标题：显示在页眉网站名称下方，例如 青山区政务服务中心 · 线上线下同一标准',
    ),
    url: siteUrl,
    centre: centreSchema,
    hotline: z
      .object({
        label: text.describe('热线名称，例如 政务服务便民热线'),
        number: phone.describe('热线号码。五位短号要加引号，否则会被当作数字'),
      })
      .strict()
      .describe('政务服务便民热线：页脚、404 页面和已取消证明材料页请群众拨打它'),
    platform: z
      .object({
        name: text.describe('政务服务平台名称：“去网上办理”链接打开的网站，例如 湖北政务服务网'),
        url: url.describe('政务服务平台首页网址，例如 https://zwfw.example.gov.cn'),
      })
      .strict()
      .describe('省级（或市级）政务服务平台：办事指南的网上办理入口所在的网站'),
    editor: editorSchema
      .optional()
      .describe('网页编辑器保存到哪里；不填时只能在本机用 npm run cms 编辑'),
  })
  .strict()
  .describe('本站所属地区的信息（src/content/site.yaml）：网站名称、政务服务中心、网址和电话');

export type Site = z.infer<typeof siteSchema>;
export type Centre = z.infer<typeof centreSchema>;
export type Editor = z.infer<typeof editorSchema>;
