import { describe, expect, it } from "vitest";
import { mentionToken, parseMentionNames, resolveMentions, splitMentions } from "./mentions";

const members = [
  { id: "t", name: "Tomás Reyes" },
  { id: "l", name: "Lena Okafor" },
  { id: "l2", name: "Lena  Okafor " },
];

describe("mentions", () => {
  it("writes a token the parser reads back, dropping brackets from the name", () => {
    expect(mentionToken("Lena Okafor")).toBe("@[Lena Okafor]");
    expect(parseMentionNames(mentionToken("Odd [name]"))).toEqual(["Odd  name"]);
  });

  it("parses each name once, case-insensitively, in order", () => {
    expect(parseMentionNames("@[Lena Okafor] hi @[lena okafor] and @[Tomás Reyes] @[ ] @[]")).toEqual(["Lena Okafor", "Tomás Reyes"]);
    expect(parseMentionNames("no mentions, @Lena or [Lena] or @[Lena\nOkafor]")).toEqual([]);
  });

  it("resolves only class members, by case-insensitive exact name, never the author", () => {
    expect(resolveMentions("@[tomás reyes] @[LENA OKAFOR] @[Lena] @[Stranger]", members, "t")).toEqual(["l", "l2"]);
    expect(resolveMentions("@[Tomás Reyes] @[Tomás Reyes]", members, "l")).toEqual(["t"]);
    expect(resolveMentions("nothing", members, "l")).toEqual([]);
  });

  it("splits text into plain runs and mentions for highlighting", () => {
    expect(splitMentions("Hi @[Lena Okafor]!")).toEqual([
      { kind: "text", text: "Hi " },
      { kind: "mention", name: "Lena Okafor" },
      { kind: "text", text: "!" },
    ]);
    expect(splitMentions("plain")).toEqual([{ kind: "text", text: "plain" }]);
  });
});
