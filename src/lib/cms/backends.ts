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

export type BackendName = 'github' | 'gitlab' | 'forgejo';

export interface BackendConfig {
  readonly name: BackendName;
  readonly repo: string;
  readonly branch: string;
  readonly [option: string]: unknown;
}

export const BACKENDS = {
  github: {
    name: 'github',
    repo: 'yunxi-district/tongyuan',
    branch: 'main',
    // The OAuth helper (e.g. decap-cms-oauth-provider or a serverless function) on our own host.
    base_url: 'https://banshi.yunxi.example',
    auth_endpoint: 'oauth/auth',
  },
  gitlab: {
    name: 'gitlab',
    repo: 'yunxi-district/tongyuan',
    branch: 'main',
    auth_type: 'pkce',
    app_id: 'REPLACE-WITH-GITLAB-APPLICATION-ID',
  },
  forgejo: {
    name: 'forgejo',
    repo: 'yunxi-district/tongyuan',
    branch: 'main',
    api_root: 'https://git.yunxi.example/api/v1',
    app_id: 'REPLACE-WITH-FORGEJO-OAUTH2-CLIENT-ID',
  },
} as const satisfies Record<string, BackendConfig>;

/** The one place the forge is chosen. */
export const CMS_BACKEND: BackendConfig = BACKENDS.github;
