export * from "./schema/enums";
export * from "./schema/users";
export * from "./schema/courses";
export * from "./schema/modules";
export * from "./schema/lessons";
export * from "./schema/topics";
export * from "./schema/enrolments";
export * from "./schema/classes";
