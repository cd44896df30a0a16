interface ImportMetaEnv {
  /** The tRPC endpoint in production builds, e.g. `https://api.example.com/trpc`; `/trpc` if unset. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
