// Why each rule in .htmlvalidate.json departs from html-validate:recommended + :document. JSON
// has no comments, so the reasons live here, and a test keeps the two lists in step: an override
// without a written reason fails the suite.
export const OVERRIDE_REASONS: Readonly<Record<string, string>> = {
  'require-sri':
    'Subresource Integrity protects against a compromised third-party host. Every asset of the site is same-origin and content-hashed by the build, and cross-origin assets are forbidden outright (the browser suite fails on any request that leaves the site), so SRI is required only for cross-origin references — of which there must be none.',
  'tel-non-breaking':
    'A phone number must not wrap at its hyphen. Links with class "phone" (src/components/PhoneLink.astro) are kept on one line by `white-space: nowrap` in src/styles/global.css, which html-validate cannot see; every other tel: link must use non-breaking hyphens or that class.',
};
