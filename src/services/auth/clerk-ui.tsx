// Clerk's browser UI. next.config.ts swaps this module for clerk-ui.off.tsx when the build
// has no NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY (Clerk's browser code cannot work without it, and
// it weighs ~56 KB gzip on every page even when never rendered).
import { ClerkProvider, SignIn } from "@clerk/nextjs";
import type { ReactNode } from "react";

export function ClerkAppProvider({ children, publishableKey }: { children: ReactNode; publishableKey?: string }) {
  return (
    <ClerkProvider publishableKey={publishableKey} signInUrl="/sign-in">
      {children}
    </ClerkProvider>
  );
}

export function ClerkSignInPanel() {
  return <SignIn routing="hash" />;
}
