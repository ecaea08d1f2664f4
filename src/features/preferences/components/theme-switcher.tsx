"use client";

import { useActionState } from "react";
import { setThemeAction } from "../actions";
import { THEMES, type Theme } from "../theme";

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

export function ThemeSwitcher({ current }: { current: Theme }) {
  const [, formAction, pending] = useActionState(setThemeAction, null);
  return (
    <form action={formAction} className="flex items-center gap-1" aria-label="Colour theme">
      {THEMES.map((theme) => (
        <button
          key={theme}
          type="submit"
          name="theme"
          value={theme}
          disabled={pending}
          aria-pressed={current === theme}
          className="rounded px-2 py-1 text-xs text-muted-fg hover:bg-muted aria-pressed:bg-muted aria-pressed:font-semibold aria-pressed:text-fg"
        >
          {LABELS[theme]}
        </button>
      ))}
    </form>
  );
}
