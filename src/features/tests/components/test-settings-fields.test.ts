import { describe, expect, it } from "vitest";
import { testSettingsSchema } from "@/features/tests/schemas";
import { settingsFormValues, settingsFromForm } from "./test-settings-fields";

const posted = {
  title: "Unit test",
  description: "",
  timeLimitMinutes: "30",
  attemptsAllowed: "",
  gradingMethod: "average",
  shuffleOptions: "on",
  feedbackTiming: "after_submit",
  correctAnswersTiming: "after_close",
  opensAt: "2025-10-10T08:00:00.000Z",
  closesAt: "",
};

describe("settingsFromForm", () => {
  it("turns posted text into settings: blank limits are none, absent checkboxes are off", () => {
    const settings = testSettingsSchema.parse(settingsFromForm(posted));
    expect(settings).toMatchObject({
      title: "Unit test",
      timeLimitMinutes: 30,
      attemptsAllowed: null,
      gradingMethod: "average",
      shuffleQuestions: false,
      shuffleOptions: true,
      closesAt: null,
    });
    expect(settings.opensAt?.toISOString()).toBe("2025-10-10T08:00:00.000Z");
  });

  it("lets the schema report a number that is out of range on its own field", () => {
    const result = testSettingsSchema.safeParse(settingsFromForm({ ...posted, attemptsAllowed: "0" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["attemptsAllowed"]);
  });

  it("keeps ids and other fields as posted", () => {
    expect(settingsFromForm({ ...posted, testId: "abc" })).toMatchObject({ testId: "abc" });
  });
});

describe("settingsFormValues", () => {
  it("shows a saved test's limits in minutes and its times as ISO", () => {
    const values = settingsFormValues({
      title: "T",
      description: "",
      timeLimitSeconds: 1_800,
      attemptsAllowed: null,
      gradingMethod: "highest",
      shuffleQuestions: true,
      shuffleOptions: false,
      feedbackTiming: "immediately",
      correctAnswersTiming: "never",
      aiGrading: "release_confident",
      opensAt: null,
      closesAt: new Date("2025-10-10T08:00:00Z"),
    });
    expect(values).toMatchObject({ aiGrading: "release_confident", timeLimitMinutes: "30", attemptsAllowed: "", closesAt: "2025-10-10T08:00:00.000Z", opensAt: null });
  });
});
