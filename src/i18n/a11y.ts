// UI strings of the accessibility tools (适老化): the 无障碍 panel, read-aloud (朗读、指读), the
// magnifier bar (大字幕), the keyboard shortcuts and the /accessibility/ page.
import type { ShortcutAction } from '../lib/a11y/shortcuts.ts';

/** The controls' words; bundled into the page script, so kept short. */
export const a11yText = {
  panelButton: '无障碍',
  panelLabel: '无障碍工具',
  cursor: '特大鼠标',
  magnifier: '大字幕',
  magnifierEmpty: '将鼠标指向文字，或用 Tab 键移动，这里会放大显示',
  help: '无障碍说明和快捷键',
  readGroup: '语音朗读',
  readStart: '朗读全文',
  readPause: '暂停',
  readResume: '继续',
  readStop: '停止',
  pointRead: '指读',
  reading: '正在朗读',
  paused: '已暂停',
  finished: '朗读完毕',
  pointReadOn: '指读已打开：鼠标指向或 Tab 键选中的内容会被朗读',
  checked: '已勾选',
  unchecked: '未勾选',
} as const;

/** What each shortcut does, in the words of the /accessibility/ page. */
export const shortcutText: Readonly<Record<ShortcutAction, string>> = {
  read: '朗读全文；朗读时按下暂停，再按继续',
  stop: '停止朗读',
  pointRead: '打开或关闭指读',
  textSize: '打开或关闭大字模式',
  cursor: '打开或关闭特大鼠标',
  magnifier: '打开或关闭大字幕',
  panel: '打开或关闭无障碍工具栏',
};

/** The /accessibility/ page. */
export const a11yPageText = {
  title: '无障碍与适老化',
  description:
    '本站支持的无障碍和适老化功能：大字模式、特大鼠标、大字幕、语音朗读、指读、键盘操作和快捷键，以及使用方法。',
  lead: '本站按照工业和信息化部《互联网网站适老化通用设计规范》和国家标准 GB/T 37668-2019 建设，所有功能都由本站自己提供，不加载任何第三方“无障碍浏览”插件，不会把您的浏览内容发送到其他网站。',
  toolsHeading: '页面顶部的工具',
  toolsIntro:
    '这些工具在页面顶部“大字模式”和“无障碍”按钮中。您的选择保存在本机浏览器中，打开其他页面时仍然有效。',
  tools: [
    { name: '大字模式', text: '放大全站文字，加大行距，提高文字与背景的对比度。' },
    {
      name: '特大鼠标',
      text: '在“无障碍”中打开。使用电脑时，鼠标指针变为特大、黑白高对比的箭头和手形。',
    },
    {
      name: '大字幕',
      text: '在“无障碍”中打开。屏幕底部出现一条字幕栏，放大显示鼠标指向的文字，或用 Tab 键选中的链接、按钮和输入框。字幕栏不会遮挡页面内容：页面底部留出了同样高的空白，键盘选中的内容会自动滚动到字幕栏上方。',
    },
  ],
  readHeading: '语音朗读和指读',
  readIntro:
    '办事指南和一次性告知单页面上有“朗读全文”按钮，使用您的浏览器或系统自带的中文语音朗读，不联网调用其他网站。浏览器没有中文语音时，不显示朗读按钮。',
  read: [
    '朗读全文：从事项名称开始，按页面顺序朗读办事要点、受理条件、每一项申请材料、办理时限、收费、办理地点和时间等内容。正在朗读的部分会以黄色突出显示，并自动滚动到屏幕中间。',
    '暂停、继续、停止：朗读时可以随时暂停、继续或停止。',
    '指读：打开后，鼠标指向的段落，或用 Tab 键选中的链接、按钮、勾选框，会被立即朗读。再次按“指读”关闭。',
  ],
  keyboardHeading: '键盘操作',
  keyboard: [
    '所有功能都可以只用键盘完成：按 Tab 键前进，Shift + Tab 后退，Enter 键打开链接，Enter 或空格键按下按钮、勾选材料。',
    '每个页面按第一次 Tab 键出现“跳到主要内容”链接，按 Enter 直接跳过页面顶部。',
    '键盘选中的位置显示为醒目的黄色底和黑色下划线，放大到 200% 时也清晰可见。',
    '“无障碍”工具栏打开时，按 Esc 键关闭并回到“无障碍”按钮。',
  ],
  shortcutsHeading: '快捷键',
  shortcutsIntro:
    '快捷键都是同时按住 Alt 和 Shift 键再按一个字母（苹果电脑为 Option + Shift）。它们不占用浏览器和读屏软件常用的按键。',
  shortcutKey: '按键',
  shortcutAction: '作用',
  shortcutsNote:
    '朗读相关的快捷键只在有朗读按钮的页面上有效。Chromebook 等个别系统自己占用了部分 Alt + Shift 组合键，这时请使用页面上的按钮。',
  otherHeading: '其他支持',
  other: [
    '页面在手机、平板和电脑上都能正常阅读；浏览器放大到 200% 或屏幕宽度只有 320 像素时，内容自动换行，不需要左右滚动。',
    '不使用 JavaScript 也能阅读全部办事指南；脚本只用于搜索、勾选材料和上面这些辅助工具。',
    '页面有清楚的标题层级、导航地标和表格标题，方便读屏软件（如 NVDA、VoiceOver、TalkBack）浏览。',
    '没有广告、弹窗和自动播放的声音或动画；系统设置了“减少动态效果”时，页面不使用动画滚动。',
    '每个办事指南都可以打印一次性告知单，打印时去掉导航和按钮。',
  ],
  limitsHeading: '尚未做到的',
  limits: [
    '朗读的声音、语速和可用的方言取决于您的设备和浏览器自带的语音，本站无法提供语音。',
    '特大鼠标只在使用鼠标的电脑上有效，手机和平板没有鼠标指针。',
  ],
  feedbackHeading: '意见和帮助',
  feedback: (hotline: { readonly label: string; readonly number: string }) =>
    `如果您在使用中遇到困难，请拨打页面底部的政务服务中心电话，或拨打 ${hotline.number} ${hotline.label}。`,
} as const;
