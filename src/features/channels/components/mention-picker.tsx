"use client";

import { useId, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { mentionToken, type Mentionable } from "../lib/mentions";

/** Picks a class member by name and hands back `@[Full Name] ` for the composer to insert. */
export function MentionPicker({ members, onPick }: { members: Mentionable[]; onPick: (token: string) => void }) {
  const id = useId();
  const [name, setName] = useState("");
  const match = members.find((member) => member.name.toLowerCase() === name.trim().toLowerCase());
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-name`} className="text-xs font-medium text-muted-fg">
          Mention a class member
        </label>
        <input
          id={`${id}-name`}
          list={`${id}-members`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          className="min-h-8 rounded-md border border-border bg-bg px-2 py-1 text-sm"
        />
        <datalist id={`${id}-members`}>
          {members.map((member) => (
            <option key={member.id} value={member.name} />
          ))}
        </datalist>
      </div>
      <button
        type="button"
        disabled={!match}
        className={buttonClasses("secondary", "min-h-8 px-2 py-1 text-xs")}
        onClick={() => {
          if (!match) return;
          onPick(`${mentionToken(match.name)} `);
          setName("");
        }}
      >
        Insert mention
      </button>
    </div>
  );
}
