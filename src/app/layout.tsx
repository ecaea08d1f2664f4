import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { cookies } from "next/headers";
import { ClerkAppProvider } from "learnforge-clerk-ui";
import { clientEnv } from "@/data/env/client";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { WebVitals } from "@/components/observability/web-vitals";
import { parseTheme, THEME_COOKIE } from "@/features/preferences/theme";
import { isClerkEnabled } from "@/services/auth/config";
import { getShellViewer } from "@/services/auth/viewer";
import { selectUnreadTotalsForShell } from "@/features/notifications/unread-totals";
import { cn } from "@/lib/cn";
import { geistMono } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "LearnForge", template: "%s · LearnForge" },
  description: "Learn anything well: courses, adaptive practice, spaced review and an AI tutor grounded in your course.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

function AuthProvider({ children }: { children: ReactNode }) {
  if (!isClerkEnabled()) return children;
  return <ClerkAppProvider publishableKey={clientEnv.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY}>{children}</ClerkAppProvider>;
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const viewer = await getShellViewer();
  // Two small counts for the header's badges; a failure shows none (logged) and never the error page.
  const unread = await selectUnreadTotalsForShell(viewer.user);
  return (
    <html lang="en" className={cn(GeistSans.variable, geistMono.variable, theme !== "system" && theme)}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <WebVitals />
        <AuthProvider>
          <SiteHeader user={viewer.user} theme={theme} degraded={viewer.degraded} unread={unread} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-border py-6 text-center text-sm text-muted-fg">
            LearnForge — learn it, keep it.
          </footer>
        </AuthProvider>
      </body>
    </html>
  );
}
