/**
 * npm run eval:learner-model [-- --seed N] [--quick] [--course α,β] [--topic α,β] [--question α,β]
 * Prints how well the app's learner model (Elo, hierarchical) and FSRS do on simulated learners
 * whose true skills and memories are known. Deterministic for a seed.
 */
import { DEFAULT_HIERARCHICAL, type HierarchicalSettings } from "@/features/practice/lib/elo";
import { calibrateQuestions, calibrationShift, createSimulatedBank, evaluateHeldOut, type LearnerSimulation } from "@/features/practice/lib/simulation/learner-eval";
import { answersToProficient, type ProficiencyFigures } from "@/features/practice/lib/simulation/proficiency";
import { evaluateReviewModels } from "@/features/practice/lib/simulation/review-eval";
import { simulateReviewHistories, type ReviewSimulation } from "@/features/practice/lib/simulation/reviews";

/** "--topic 0.3,0.1" overrides one level's α and β, to compare step sizes without editing elo.ts. */
function readSettings(args: string[]): HierarchicalSettings {
  const level = (name: keyof HierarchicalSettings) => {
    const at = args.indexOf(`--${name}`);
    if (at < 0) return DEFAULT_HIERARCHICAL[name];
    const [alpha, beta] = (args[at + 1] ?? "").split(",").map(Number);
    if (!Number.isFinite(alpha) || !Number.isFinite(beta)) throw new Error(`--${name} takes α,β (e.g. 0.3,0.1)`);
    return { alpha: alpha!, beta: beta! };
  };
  return { course: level("course"), topic: level("topic"), question: level("question") };
}

function readOptions(args: string[]) {
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20250101;
  if (!Number.isInteger(seed)) throw new Error("--seed takes an integer");
  return { seed, quick: args.includes("--quick"), settings: readSettings(args) };
}

const { seed, quick, settings } = readOptions(process.argv.slice(2));
const started = performance.now();

const learners: LearnerSimulation = {
  seed,
  bank: { topics: 8, itemsPerTopic: 40, choiceShare: 0.4 },
  trainLearners: quick ? 100 : 300,
  heldOutLearners: quick ? 60 : 200,
  answersPerTopic: 25,
  settings,
};
const proficiency = { learners: quick ? 60 : 200, maxAnswersPerTopic: 150 };
const reviews: ReviewSimulation = { seed, learners: quick ? 50 : 200, cardsPerLearner: 30, reviewsPerCard: 10 };

const bank = createSimulatedBank(learners);
const calibrated = calibrateQuestions(bank, learners);
const heldOut = { random: evaluateHeldOut(bank, calibrated, learners, "random"), adaptive: evaluateHeldOut(bank, calibrated, learners, "adaptive") };
const toProficient = { random: answersToProficient(bank, calibrated, learners, proficiency, "random"), adaptive: answersToProficient(bank, calibrated, learners, proficiency, "adaptive") };
const review = evaluateReviewModels(simulateReviewHistories(reviews));

const f = (value: number, digits = 3) => value.toFixed(digits);
const table = (title: string, header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  rows.forEach((r) => console.log(line(r)));
};
const proficientCells = (p: ProficiencyFigures) => [
  `${f(p.model.median, 0)} / ${f(p.model.p90, 0)}`,
  `${f(p.truth.median, 0)} / ${f(p.truth.p90, 0)}`,
  f(p.medianLag, 0),
  `${f(p.premature * 100, 0)}%`,
  `${p.model.neverWithinCap} / ${p.truth.neverWithinCap}`,
];

console.log(`Learner-model evaluation — seed ${seed}${quick ? " (quick)" : ""}`);
console.log(
  `Items: ${bank.length} (${learners.bank.topics} topics × ${learners.bank.itemsPerTopic}; true model 2PL, ${bank.filter((i) => i.guess > 0).length} choice items 3PL with guess 1/4)`,
);
console.log(`Calibration: ${learners.trainLearners} learners × ${learners.bank.topics} topics × ${learners.answersPerTopic} random questions`);
console.log(`Held out: ${learners.heldOutLearners} learners × ${learners.bank.topics} topics × ${learners.answersPerTopic} answers, predictions made before each answer`);
const levels = (["course", "topic", "question"] as const).map((level) => `${level} α ${settings[level].alpha} β ${settings[level].beta}`);
console.log(`Settings: ${levels.join("; ")}${JSON.stringify(settings) === JSON.stringify(DEFAULT_HIERARCHICAL) ? " (DEFAULT_HIERARCHICAL)" : ""}`);

table(
  "Elo (held-out)",
  ["question order", "answers", "AUC", "true-p AUC", "log loss", "RMSE(bins)", "r topic skill", "r learner"],
  Object.entries(heldOut).map(([order, h]) => [
    order === "random" ? "random from topic" : "adaptive (p≈0.75)",
    String(h.answers),
    f(h.auc),
    f(h.trueAuc),
    f(h.logLoss),
    f(h.rmseBins),
    f(h.topicCorrelation),
    f(h.learnerCorrelation),
  ]),
);
console.log("true-p AUC: the true chances scored the same way (the ceiling). r: Pearson, estimate vs true skill after practice.");
console.log(
  `Scale offset (estimate − truth, mean): question difficulty ${f(calibrationShift(bank, calibrated), 2)}; topic skill after practice ${f(heldOut.random.skillBias, 2)}.`,
);

table(
  `Answers to proficient — ${proficiency.learners} learners of ability 0 × ${learners.bank.topics} topics, cap ${proficiency.maxAnswersPerTopic}`,
  ["question order", "app says (med / p90)", "true skill ≥ ln 3 (med / p90)", "median lag", "app early", "never (app / true)"],
  Object.entries(toProficient).map(([order, p]) => [order === "random" ? "random from topic" : "adaptive (p≈0.75)", ...proficientCells(p)]),
);
console.log("app says: first answer after which masteryLevel(topicSkill) is proficient or above; app early: before the true skill got there.");

table(
  `Spaced review — ${review.reviews} predicted reviews (${reviews.learners} learners × ${reviews.cardsPerLearner} cards × ${reviews.reviewsPerCard - 1} after the first), recall rate ${f(review.recallRate)}`,
  ["model", "log loss", "RMSE(bins)"],
  [
    ["FSRS (ts-fsrs defaults)", f(review.fsrs.logLoss), f(review.fsrs.rmseBins)],
    ["SM-2 (0.9^(t/I))", f(review.sm2.logLoss), f(review.sm2.rmseBins)],
    ["true recall (floor)", f(review.truth.logLoss), f(review.truth.rmseBins)],
  ],
);
console.log("Truth: R = exp(−t/S), not FSRS's curve. Ratings fed to both: Again for a lapse, Good (SM-2 grade 5) for a recall; SM-2 lapse grade 2.");
console.log(`\nDone in ${f((performance.now() - started) / 1000, 1)} s.`);
