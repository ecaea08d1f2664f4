"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { TutorCitation } from "@/drizzle/schema";
import type { TutorEvent } from "@/features/tutor/reply";
import { readSseEvents } from "@/lib/sse";
import { CitedText, TutorMessageItem, type TutorChatMessage } from "./tutor-message";

type Props = {
  courseSlug: string;
  conversationId: string | null;
  initialMessages: TutorChatMessage[];
  /** On for learners, off for teachers. */
  socraticDefault: boolean;
  aiEnabled: boolean;
  messageMax?: number;
};

/** The answer while it streams in, with the passages it may cite. */
type Pending = { text: string; passages: TutorCitation[] };

const areaClass = "min-h-24 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm";

/**
 * A conversation with the course tutor: the question goes to POST /api/ai/tutor and the answer
 * streams back as server-sent events. The question stays in the box until an answer arrives, so a
 * failure never costs the learner their words.
 */
export function TutorChat({ courseSlug, conversationId: initialConversationId, initialMessages, socraticDefault, aiEnabled, messageMax = 2_000 }: Props) {
  const [messages, setMessages] = useState(initialMessages);
  const [conversationId, setConversationId] = useState(initialConversationId);
  const [draft, setDraft] = useState("");
  const [socratic, setSocratic] = useState(socraticDefault);
  const [pending, setPending] = useState<Pending | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inTest, setInTest] = useState(false);
  const [aiOff, setAiOff] = useState(!aiEnabled);
  const [epoch, setEpoch] = useState(0);
  const inFlight = useRef<AbortController | null>(null);
  const id = useId();

  // "New conversation" after one was started here reaches this same component (the server's
  // page for a new conversation has not changed), so a URL without ?c= starts afresh.
  const urlConversationId = useSearchParams().get("c");
  const [seenUrlConversationId, setSeenUrlConversationId] = useState(urlConversationId);
  if (seenUrlConversationId !== urlConversationId) {
    setSeenUrlConversationId(urlConversationId);
    if (urlConversationId === null && conversationId !== null) {
      setEpoch((value) => value + 1);
      setMessages(initialMessages);
      setConversationId(initialConversationId);
      setPending(null);
      setSending(false);
      setError(null);
      setInTest(false);
      setDraft("");
    }
  }
  // A stream of an abandoned conversation (or of an unmounted chat) stops with it.
  useEffect(() => () => inFlight.current?.abort(), [epoch]);

  async function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const question = draft.trim();
    if (!question) return setError("Write a question for the tutor.");
    const controller = new AbortController();
    inFlight.current = controller;
    setSending(true);
    setError(null);
    try {
      const response = await fetch("/api/ai/tutor", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ courseSlug, ...(conversationId ? { conversationId } : {}), message: question, socratic }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) return setError(await refusalMessage(response));
      setMessages((list) => [...list, { id: `local-${list.length}`, role: "user", content: question, citations: [] }]);
      setPending({ text: "", passages: [] });
      let finished = false;
      let replyAiOff = false;
      for await (const reply of readSseEvents<TutorEvent>(response.body)) {
        if (controller.signal.aborted) return;
        if (reply.type === "meta") {
          replyAiOff = reply.aiOff;
          setAiOff(reply.aiOff || !aiEnabled);
          setInTest(reply.inTest);
          setPending({ text: "", passages: reply.passages });
          setConversationId(reply.conversationId);
          // Reloading the page then shows this conversation, saved on the server.
          if (reply.conversationId !== conversationId) window.history.replaceState(null, "", `?c=${encodeURIComponent(reply.conversationId)}`);
        } else if (reply.type === "delta") {
          setPending((current) => (current ? { ...current, text: current.text + reply.text } : current));
        } else if (reply.type === "done") {
          finished = true;
          const answer: TutorChatMessage = { id: reply.messageId, role: "assistant", content: reply.content, citations: reply.citations, fallback: replyAiOff };
          setMessages((list) => [...list, answer]);
          setDraft((current) => (current.trim() === question ? "" : current));
        } else {
          finished = true;
          setError(reply.message);
        }
      }
      if (!finished && !controller.signal.aborted) setError("The tutor stopped before finishing its answer. Please ask again.");
    } catch (failure) {
      if (controller.signal.aborted) return;
      console.error("tutor request failed", failure);
      setError("Could not reach the tutor. Check your connection and try again.");
    } finally {
      if (!controller.signal.aborted) {
        setSending(false);
        setPending(null);
      }
    }
  }

  function sendOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  const hintId = `${id}-hint`;
  const offId = `${id}-ai-off`;
  return (
    <div className="flex flex-col gap-4">
      {messages.length === 0 && !pending ? (
        <p className="text-muted-fg">No questions yet: ask about anything in this course.</p>
      ) : null}
      <div role="log" aria-label="Conversation" aria-live="polite" aria-busy={sending}>
        <ol className="flex flex-col gap-3">
          {messages.map((message) => (
            <TutorMessageItem key={message.id} courseSlug={courseSlug} message={message} />
          ))}
          {pending ? (
            <li className="flex flex-col gap-2 rounded-lg border border-border bg-card p-3">
              <p className="text-xs font-semibold text-muted-fg">Tutor</p>
              {pending.text ? <CitedText courseSlug={courseSlug} text={pending.text} citations={pending.passages} /> : <p className="text-muted-fg">The tutor is thinking…</p>}
            </li>
          ) : null}
        </ol>
      </div>
      {inTest ? (
        <p role="status" className="rounded-md border border-border bg-muted p-3 text-sm">
          You have a test open in this course: the tutor will help with the material but not with test answers.
        </p>
      ) : null}
      <form onSubmit={(event) => void ask(event)} className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-message`} className="text-sm font-medium">
            Your question
          </label>
          <textarea
            id={`${id}-message`}
            name="message"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={sendOnCtrlEnter}
            maxLength={messageMax}
            rows={3}
            aria-describedby={aiOff ? `${hintId} ${offId}` : hintId}
            className={areaClass}
          />
          <p id={hintId} className="text-xs text-muted-fg">
            Press Ctrl+Enter (⌘+Enter on a Mac) to send.
          </p>
          {aiOff ? (
            <p id={offId} className="text-sm text-muted-fg">
              AI is off on this server: the tutor shows matching passages instead of answering.
            </p>
          ) : null}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={socratic} onChange={(event) => setSocratic(event.target.checked)} />
          Socratic mode: hints and questions instead of answers
        </label>
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <button type="submit" className={buttonClasses("primary", "self-start")} disabled={sending}>
          {sending ? "The tutor is answering…" : "Ask the tutor"}
        </button>
      </form>
    </div>
  );
}

/** The server's reason for refusing (a JSON error body), or a plain one when there is none. */
async function refusalMessage(response: Response): Promise<string> {
  if (response.headers.get("content-type")?.includes("application/json")) {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === "string") return body.error.message;
  }
  return `The tutor could not answer (error ${response.status}). Please try again.`;
}
