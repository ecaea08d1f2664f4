"use server";

import { after } from "next/server";
import { embedPendingChunksInBackground } from "@/features/search/embed";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkboxField } from "@/lib/form-json";
import { requireUser } from "@/services/auth/current-user";
import { deleteTopic, insertCourse, insertTopic, setCoursePublished, updateCourse, updateTopic } from "./db-authoring";
import { deleteLesson, deleteModule, insertLesson, insertModule, moveLesson, moveModule, setLessonPublished, updateLesson, updateModule } from "./db-outline";
import { courseDetailsSchema, lessonSchema, moduleSchema, topicSchema } from "./schemas-authoring";

const id = z.uuid("Not a valid id");
const direction = z.enum(["up", "down"]);
const editorPath = (courseId: string) => `/teach/courses/${courseId}`;

// Lesson topics arrive as repeated checkbox fields; FormData → object keeps one, so they travel joined.
const topicList = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((slug) => slug.trim()).filter(Boolean));

export const createCourseAction = validatedAction("createCourse", courseDetailsSchema, async (details) => {
  const courseId = await insertCourse(await requireUser("teacher"), details);
  redirect(editorPath(courseId));
});

export const updateCourseAction = validatedAction("updateCourse", courseDetailsSchema.extend({ courseId: id }), async ({ courseId, ...details }) => {
  await updateCourse(await requireUser("teacher"), courseId, details);
  revalidatePath(editorPath(courseId));
  return { saved: true };
});

export const publishCourseAction = validatedAction("publishCourse", z.object({ courseId: id, published: checkboxField }), async ({ courseId, published }) => {
  await setCoursePublished(await requireUser("teacher"), courseId, published);
  revalidatePath(editorPath(courseId));
  return { published };
});

export const createTopicAction = validatedAction("createTopic", topicSchema.extend({ courseId: id }), async ({ courseId, ...topic }) => {
  await insertTopic(await requireUser("teacher"), courseId, topic);
  revalidatePath(editorPath(courseId));
  return { created: true };
});

export const updateTopicAction = validatedAction("updateTopic", topicSchema.extend({ courseId: id, topicId: id }), async ({ courseId, topicId, ...topic }) => {
  await updateTopic(await requireUser("teacher"), topicId, topic);
  revalidatePath(editorPath(courseId));
  return { saved: true };
});

export const deleteTopicAction = validatedAction("deleteTopic", z.object({ courseId: id, topicId: id }), async ({ courseId, topicId }) => {
  await deleteTopic(await requireUser("teacher"), topicId);
  revalidatePath(editorPath(courseId));
  return { deleted: true };
});

export const createModuleAction = validatedAction("createModule", moduleSchema.extend({ courseId: id }), async ({ courseId, ...input }) => {
  await insertModule(await requireUser("teacher"), courseId, input);
  revalidatePath(editorPath(courseId));
  return { created: true };
});

export const updateModuleAction = validatedAction("updateModule", moduleSchema.extend({ courseId: id, moduleId: id }), async ({ courseId, moduleId, ...input }) => {
  await updateModule(await requireUser("teacher"), moduleId, input);
  revalidatePath(editorPath(courseId));
  return { saved: true };
});

export const deleteModuleAction = validatedAction("deleteModule", z.object({ courseId: id, moduleId: id }), async ({ courseId, moduleId }) => {
  await deleteModule(await requireUser("teacher"), moduleId);
  revalidatePath(editorPath(courseId));
  return { deleted: true };
});

export const moveModuleAction = validatedAction("moveModule", z.object({ courseId: id, moduleId: id, direction }), async ({ courseId, moduleId, direction: to }) => {
  await moveModule(await requireUser("teacher"), moduleId, to);
  revalidatePath(editorPath(courseId));
  return { moved: true };
});

export const moveLessonAction = validatedAction("moveLesson", z.object({ courseId: id, lessonId: id, direction }), async ({ courseId, lessonId, direction: to }) => {
  await moveLesson(await requireUser("teacher"), lessonId, to);
  revalidatePath(editorPath(courseId));
  return { moved: true };
});

export const deleteLessonAction = validatedAction("deleteLesson", z.object({ courseId: id, lessonId: id }), async ({ courseId, lessonId }) => {
  await deleteLesson(await requireUser("teacher"), lessonId);
  revalidatePath(editorPath(courseId));
  return { deleted: true };
});

export const saveLessonAction = validatedAction(
  "saveLesson",
  lessonSchema.extend({ courseId: id, moduleId: id.optional(), lessonId: id.optional(), topicSlugs: topicList, publish: checkboxField }),
  async ({ courseId, moduleId, lessonId, publish, ...input }) => {
    const author = await requireUser("teacher");
    let savedId = lessonId;
    if (savedId) await updateLesson(author, savedId, input);
    else if (moduleId) savedId = await insertLesson(author, moduleId, input);
    else throw new AppError("BAD_REQUEST", "Choose the module this lesson belongs to.");
    await setLessonPublished(author, savedId, publish);
    const changedLessonId = savedId;
    // Changed passages are re-embedded after the response; the save never waits for the AI provider.
    after(() => embedPendingChunksInBackground(author, changedLessonId));
    revalidatePath(editorPath(courseId));
    if (!lessonId) redirect(`${editorPath(courseId)}/lessons/${savedId}`);
    return { saved: true, lessonId: savedId };
  },
);
