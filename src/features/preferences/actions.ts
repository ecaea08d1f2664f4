"use server";

import { cookies } from "next/headers";
import { validatedAction } from "@/lib/action";
import { themeSchema } from "./schemas";
import { THEME_COOKIE } from "./theme";

// Works without JavaScript: the form posts, the cookie is set, the page re-renders.
export const setThemeAction = validatedAction("setTheme", themeSchema, async ({ theme }) => {
  (await cookies()).set(THEME_COOKIE, theme, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return { theme };
});
