import { describe, expect, it } from "vitest";
import { predictCorrect } from "./elo";
import { chooseQuestion, chooseServedTopic, holdBackCount, pickNeediestTopic, TARGET_SUCCESS, type Candidate, type TopicState } from "./select";

const candidate = (questionId: string, difficulty: number, recency: number | null = null, guess = 0): Candidate => ({
  questionId,
  versionId: `${questionId}-v1`,
  difficulty,
  guess,
  recency,
});
const first = () => 0;

describe("chooseQuestion", () => {
  it("picks the question whose predicted success is nearest the target", () => {
    // Skill 1: a difficulty of 1 − ln 3 ≈ −0.0986 gives exactly 75%.
    const pool = [candidate("easy", -3), candidate("right", 1 - Math.log(3)), candidate("hard", 2)];
    const chosen = chooseQuestion(pool, { skill: 1, poolSize: 3, random: first, margin: 0 });
    expect(chosen?.questionId).toBe("right");
    expect(predictCorrect(1, chosen!.difficulty)).toBeCloseTo(TARGET_SUCCESS, 9);
  });

  it("accounts for the chance of a lucky guess", () => {
    // With a ½ guess floor, 75% needs skill = difficulty; without it, difficulty = skill − ln 3.
    const pool = [candidate("guessable", 0, null, 0.5), candidate("typed", 0)];
    expect(chooseQuestion(pool, { skill: 0, poolSize: 2, random: first, margin: 0 })?.questionId).toBe("guessable");
  });

  it("never serves the previous question twice in a row, even when it is the best fit", () => {
    const pool = [candidate("previous", 1 - Math.log(3), 1), candidate("other", 3)];
    expect(chooseQuestion(pool, { skill: 1, poolSize: 2, random: first })?.questionId).toBe("other");
  });

  it("holds back recently served questions, but never more than half the pool", () => {
    expect(holdBackCount(2)).toBe(1);
    expect(holdBackCount(7)).toBe(3);
    expect(holdBackCount(100)).toBe(6);
    const pool = [candidate("a", 0, 1), candidate("b", 0, 2), candidate("c", 0, 3), candidate("d", 5, null), candidate("e", 5, 9)];
    const seen = new Set(Array.from({ length: 20 }, (_, index) => chooseQuestion(pool, { skill: 0, poolSize: 6, random: () => index / 20 })?.questionId));
    expect([...seen].sort()).toEqual(["d", "e"]);
  });

  it("falls back to the least recent question when every other one was just served", () => {
    const pool = [candidate("a", 0, 1), candidate("b", 0, 2), candidate("c", 0, 3)];
    // A pool of 6 holds back 3, so a, b and c are all recent (the other three do not fit the query).
    expect(chooseQuestion(pool, { skill: 0, poolSize: 6, random: first })?.questionId).toBe("c");
  });

  it("serves the only question there is, and nothing from an empty pool", () => {
    expect(chooseQuestion([candidate("only", 0, 1)], { skill: 0, poolSize: 1, random: first })?.questionId).toBe("only");
    expect(chooseQuestion([], { skill: 0, poolSize: 0, random: first })).toBeNull();
  });

  it("draws among near-equal questions so the order varies", () => {
    const pool = [candidate("a", 0), candidate("b", 0.01), candidate("c", 4)];
    const drawn = new Set([0, 0.99].map((value) => chooseQuestion(pool, { skill: 1, poolSize: 3, random: () => value })?.questionId));
    expect(drawn).toEqual(new Set(["a", "b"]));
  });
});

const topic = (id: string, position: number, skill: number, count: number, prerequisiteIds: string[] = [], questionCount = 5): TopicState => ({
  topicId: id,
  slug: id,
  name: id,
  position,
  skill: { value: skill, count },
  questionCount,
  prerequisiteIds,
});

describe("chooseServedTopic", () => {
  const base = topic("base", 1, -1, 4);
  const strongBase = topic("strong", 2, 3, 12);
  const target = topic("target", 3, 0, 2, ["base", "strong"]);
  const all = new Map([base, strongBase, target].map((entry) => [entry.topicId, entry]));

  it("serves a weaker prerequisite a share of the time, otherwise the topic asked for", () => {
    expect(chooseServedTopic(target, all, { random: () => 0.1 })).toEqual({ topic: base, reason: "prerequisite" });
    expect(chooseServedTopic(target, all, { random: () => 0.5 })).toEqual({ topic: target, reason: "target" });
  });

  it("never sends a learner back to a prerequisite they are proficient in", () => {
    const onlyStrong = topic("target", 3, 0, 2, ["strong"]);
    expect(chooseServedTopic(onlyStrong, all, { random: () => 0 }).reason).toBe("target");
  });
});

describe("pickNeediestTopic", () => {
  it("starts a new learner at the first topic without unmet prerequisites", () => {
    const topics = [topic("second", 2, 0, 0, ["first"]), topic("first", 1, 0, 0), topic("third", 3, 0, 0)];
    expect(pickNeediestTopic(topics)?.topicId).toBe("first");
  });

  it("prefers a begun but weak topic to starting a new one", () => {
    const topics = [topic("first", 1, 2.5, 12), topic("weak", 2, -0.5, 4), topic("new", 3, 0, 0)];
    expect(pickNeediestTopic(topics)?.topicId).toBe("weak");
  });

  it("moves on to the next topic once the begun ones are proficient", () => {
    const topics = [topic("first", 1, 1.5, 8), topic("next", 2, 1.2, 0, ["first"]), topic("later", 3, 1.2, 0)];
    expect(pickNeediestTopic(topics)?.topicId).toBe("next");
  });

  it("treats a prerequisite the placement check found strong as met", () => {
    const topics = [topic("basics", 1, 2, 1), topic("advanced", 2, 2, 0, ["basics"])];
    // "basics" was attempted once (placement) and looks strong, so "advanced" is ready; the begun-but-weak rule does not apply.
    expect(pickNeediestTopic(topics)?.topicId).toBe("basics");
    const placedOnly = [topic("basics", 1, 2, 1), topic("advanced", 2, 0, 1, ["basics"])];
    expect(pickNeediestTopic(placedOnly)?.topicId).toBe("advanced");
  });

  it("skips topics with no practice questions and returns null when none has any", () => {
    expect(pickNeediestTopic([topic("empty", 1, 0, 0, [], 0), topic("real", 2, 0, 0)])?.topicId).toBe("real");
    expect(pickNeediestTopic([topic("empty", 1, 0, 0, [], 0)])).toBeNull();
  });
});
