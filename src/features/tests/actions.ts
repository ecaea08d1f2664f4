"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { checkboxField, jsonField } from "@/lib/form-json";
import { requireUser } from "@/services/auth/current-user";
import { insertTest, replaceTestItems, setTestPublished, updateTestSettings } from "./db";
import { testItemsSchema, testSettingsSchema } from "./schemas";
import { settingsFromForm } from "./components/test-settings-fields";

const id = z.uuid("Not a valid id");
// Layout tags come from route patterns ("/teach/courses/[courseId]/…"), so "/teach" as a layout
// refreshes every teacher page (lists, editor, counts on the home page).
const testsPath = (courseId: string) => `/teach/courses/${courseId}/tests`;

// The settings form posts text (see test-settings-fields.ts); settingsFromForm makes it the schema's input.
const newTestForm = z.preprocess(settingsFromForm, testSettingsSchema.safeExtend({ courseId: id }));
const testSettingsForm = z.preprocess(settingsFromForm, testSettingsSchema.safeExtend({ testId: id }));

export const createTestAction = validatedAction("createTest", newTestForm, async ({ courseId, ...settings }) => {
  const testId = await insertTest(await requireUser("teacher"), courseId, settings);
  revalidatePath("/teach", "layout");
  redirect(`${testsPath(courseId)}/${testId}`);
});

export const updateTestSettingsAction = validatedAction("updateTestSettings", testSettingsForm, async ({ testId, ...settings }) => {
  await updateTestSettings(await requireUser("teacher"), testId, settings);
  revalidatePath("/teach", "layout");
  return { saved: true };
});

export const saveTestItemsAction = validatedAction(
  "saveTestItems",
  z.object({ testId: id, items: jsonField(testItemsSchema) }),
  async ({ testId, items }) => {
    await replaceTestItems(await requireUser("teacher"), testId, items);
    revalidatePath("/teach", "layout");
    return { saved: true, lines: items.length };
  },
);

export const publishTestAction = validatedAction("publishTest", z.object({ testId: id, published: checkboxField }), async ({ testId, published }) => {
  await setTestPublished(await requireUser("teacher"), testId, published);
  revalidatePath("/teach", "layout");
  return { published };
});
