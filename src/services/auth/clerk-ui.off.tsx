// Stand-in for clerk-ui.tsx in builds without a Clerk publishable key (see next.config.ts).
import type { ReactNode } from "react";

export function ClerkAppProvider({ children }: { children: ReactNode; publishableKey?: string }) {
  return children;
}

export function ClerkSignInPanel() {
  return (
    <p role="alert">
      Sign-in with Clerk is configured on the server, but this build was made without
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY. Rebuild with the key set.
    </p>
  );
}
