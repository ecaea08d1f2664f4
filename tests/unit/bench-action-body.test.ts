import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { actionResultOf, encodeFormDataAction } from "../../bench/app/action-body";
import { answerInputFor } from "../../bench/app/answers";
import { SESSION_COOKIE } from "../../bench/app/session";
import { DEV_SESSION_COOKIE } from "@/services/auth/config";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node.js") as { encodeReply: (value: unknown) => Promise<FormData | string> };

async function entriesOf(body: BodyInit, contentType: string): Promise<[string, string][]> {
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  return [...form.entries()].map(([name, value]) => [name, String(value)]);
}

describe("bench server action body", () => {
  it("is what React's client sends for action(null, formData)", async () => {
    const fields = { itemId: "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f", answer: JSON.stringify({ type: "numeric", text: "4.2" }), durationMs: "8400" };
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    const react = await encodeReply([null, form]);
    expect(react).toBeInstanceOf(FormData);
    const reactRequest = new Request("http://bench/", { method: "POST", body: react as FormData });
    const ours = encodeFormDataAction(fields);
    const expected = await entriesOf(await reactRequest.arrayBuffer(), reactRequest.headers.get("content-type")!);
    expect(await entriesOf(new Uint8Array(ours.body), ours.contentType)).toEqual(expected);
  });

  it("reads the action's result row from a Flight response", () => {
    const body = '0:{"a":"$@1","q":"","i":false,"b":"build"}\n1:{"ok":true,"data":{"kind":"saved"}}\n';
    expect(actionResultOf(body)).toEqual({ ok: true, data: { kind: "saved" } });
    expect(actionResultOf("<!DOCTYPE html><html>")).toBeNull();
  });
});

describe("bench answers", () => {
  const choice = { type: "single_choice" as const, options: [{ id: "a", correct: false }, { id: "b", correct: true }] };

  it("answers right or wrong on purpose, in the form's shape", () => {
    expect(answerInputFor(choice, true)).toEqual({ type: "single_choice", optionId: "b" });
    expect(answerInputFor(choice, false)).toEqual({ type: "single_choice", optionId: "a" });
    expect(answerInputFor({ type: "true_false", correct: false }, true)).toEqual({ type: "true_false", value: false });
    expect(answerInputFor({ type: "numeric", answer: 42, tolerance: 0.5 }, false)).toEqual({ type: "numeric", text: "43.5" });
    expect(answerInputFor({ type: "short_text", acceptedAnswers: ["mean"] }, true)).toEqual({ type: "short_text", text: "mean" });
  });

  it("answers a multiple-choice question wrongly by swapping a right option for a wrong one", () => {
    const body = { type: "multiple_choice" as const, options: [{ id: "a", correct: true }, { id: "b", correct: true }, { id: "c", correct: false }] };
    expect(answerInputFor(body, true)).toEqual({ type: "multiple_choice", optionIds: ["a", "b"] });
    expect(answerInputFor(body, false)).toEqual({ type: "multiple_choice", optionIds: ["b", "c"] });
  });
});

describe("bench session cookie", () => {
  it("is the development sign-in's cookie", () => {
    expect(SESSION_COOKIE).toBe(DEV_SESSION_COOKIE);
  });
});
