// Where the web editor saves: one forge, chosen here. Every save becomes a branch
// `cms/<collection>/<slug>` and a pull (merge) request (Decap's editorial workflow), which CI
// checks like any other. See docs/cms.md for the sign-in each forge needs.
//
// - GitHub: OAuth needs a small server-side helper that holds the client secret (GitHub has no
//   PKCE for OAuth apps in the browser); `base_url` points at it.
// - GitLab: PKCE in the browser (`auth_type: pkce` and an application id), no helper.
// - Forgejo (Decap's `forgejo` backend, in decap-cms 3.16): PKCE in the browser against the
//   forge's `login/oauth/authorize` (an OAuth2 application id, `api_root`), editorial workflow
//   supported. Decap's `gitea` backend has NO editorial workflow: it refuses
//   `publish_mode: editorial_workflow` ("The Gitea backend does not support editorial
//   workflow."), so on plain Gitea every save would go straight to the branch, without a pull
//   request. Do not choose Gitea.
//
// The forge is content, not code: the `editor` section of src/content/site.yaml.
import type { Editor } from '../schemas/site.ts';

export type BackendName = 'github' | 'gitlab' | 'forgejo' | 'proxy';

export interface BackendConfig {
  readonly name: BackendName;
  readonly repo: string;
  readonly branch: string;
  readonly [option: string]: unknown;
}

/** Decap's backend settings for the forge named in site.yaml (`editor`). */
export function backendConfig(editor: Editor | undefined): BackendConfig {
  // Without a forge, /admin/ can only save through a local decap-server (npm run cms).
  if (!editor) return LOCAL_ONLY;
  const branch = editor.branch ?? 'main';
  switch (editor.backend) {
    case 'github':
      return {
        name: 'github',
        repo: editor.repo,
        branch,
        // The OAuth helper (e.g. decap-cms-oauth-provider) that holds the client secret.
        ...(editor.authUrl ? { base_url: editor.authUrl, auth_endpoint: 'oauth/auth' } : {}),
      };
    case 'gitlab':
      return {
        name: 'gitlab',
        repo: editor.repo,
        branch,
        auth_type: 'pkce',
        ...(editor.appId ? { app_id: editor.appId } : {}),
        ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
      };
    case 'forgejo':
      return {
        name: 'forgejo',
        repo: editor.repo,
        branch,
        ...(editor.appId ? { app_id: editor.appId } : {}),
        ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
      };
  }
}

/** No forge configured: Decap's proxy backend, i.e. decap-server on this machine. */
export const LOCAL_ONLY: BackendConfig = {
  name: 'proxy',
  repo: 'local',
  branch: 'main',
  proxy_url: 'http://localhost:8081/api/v1',
};
