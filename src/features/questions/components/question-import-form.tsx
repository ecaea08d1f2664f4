"use client";

import Link from "next/link";
import { startTransition, useActionState, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { importQuestionsAction } from "@/features/questions/actions";
import { errorIdFor } from "./editor-errors";
import { FieldError, Hint, inputClasses } from "./editor-controls";
import { ImportCheckResult } from "./import-outcome";
import { fileProblem, formatBytes, IMPORT_FILE_ACCEPT, IMPORT_FORMAT_LABELS, IMPORT_FORMATS, MAX_IMPORT_BYTES, resolveImportFormat, tooLargeMessage, utf8Length, type ImportFormat } from "./import-source";
import { importedMessage } from "./save-messages";

type Source = "file" | "paste";
type Sent = { text: string; format: ImportFormat };

const INPUT_ERROR_KEY = "import.input";

/**
 * Import in two steps: check (every problem listed by line, nothing imported) and then import
 * the same text, all of it in one transaction. A file is read in the browser and sent as text.
 */
export function QuestionImportForm({ courseId, bankHref }: { courseId: string; bankHref: string }) {
  const [result, importAction, working] = useActionState(importQuestionsAction, null);
  const [source, setSource] = useState<Source>("file");
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [pasted, setPasted] = useState("");
  const [choice, setChoice] = useState<ImportFormat | "auto">("auto");
  const [inputError, setInputError] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [step, setStep] = useState<"preview" | "import">("preview");
  const latestFile = useRef<File | null>(null);

  const text = source === "file" ? (file?.text ?? "") : pasted;
  const format = resolveImportFormat(choice, source === "file" ? (file?.name ?? null) : null, text);
  // An outcome belongs to the text it was computed for; after an edit it would mislead.
  const fresh = sent !== null && sent.text === text && sent.format === format;
  const outcome = result?.ok ? result.data : null;
  const textError = inputError ?? (result && !result.ok && fresh ? result.fieldErrors?.text : undefined);

  const chooseFile = (chosen: File | undefined) => {
    setFile(null);
    setInputError(null);
    if (!chosen) return;
    const problem = fileProblem(chosen);
    if (problem) {
      setInputError(problem);
      return;
    }
    latestFile.current = chosen;
    chosen.text().then(
      // A slow read of an earlier choice must not replace a later one.
      (content) => latestFile.current === chosen && setFile({ name: chosen.name, text: content }),
      (error: unknown) => setInputError(`Could not read "${chosen.name}": ${error instanceof Error ? error.message : "unknown error"}`),
    );
  };

  const send = (nextStep: "preview" | "import") => {
    const bytes = utf8Length(text);
    const problem =
      text.trim() === ""
        ? source === "file"
          ? "Choose a .gift, .txt or .json file"
          : "Paste the questions to import"
        : bytes > MAX_IMPORT_BYTES
          ? tooLargeMessage(bytes, source === "file" ? "file" : "text")
          : null;
    setInputError(problem);
    if (problem) return;
    setSent({ text, format });
    setStep(nextStep);
    const formData = new FormData();
    formData.set("courseId", courseId);
    formData.set("format", format);
    formData.set("step", nextStep);
    formData.set("text", text);
    startTransition(() => importAction(formData));
  };

  const inputId = source === "file" ? "import-file" : "import-text";
  const describedBy = [`${inputId}-hint`, textError ? errorIdFor(INPUT_ERROR_KEY) : null].filter(Boolean).join(" ");
  const previewed = fresh && outcome?.step === "preview" ? outcome : null;
  // Checking the text just imported would offer to import it a second time.
  const justImported = fresh && outcome?.step === "imported";
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send("preview");
      }}
      noValidate
      className="flex flex-col gap-5"
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Where the questions come from</legend>
        {(["file", "paste"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="import-source" checked={source === value} onChange={() => {
                setSource(value);
                setInputError(null);
              }} />
            {value === "file" ? "Upload a file" : "Paste text"}
          </label>
        ))}
      </fieldset>
      {source === "file" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium">
            File (.gift, .txt or .json, at most 1 MB)
          </label>
          <Hint id="import-file-hint">GIFT files exported from Moodle, or a JSON export from LearnForge.</Hint>
          <input id="import-file" type="file" accept={IMPORT_FILE_ACCEPT} onChange={(event) => chooseFile(event.target.files?.[0])} aria-invalid={textError ? true : undefined} aria-describedby={describedBy} className="text-sm" />
          {file ? <p className="text-sm">Chosen: {file.name} ({formatBytes(utf8Length(file.text))})</p> : null}
        </div>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor="import-text" className="text-sm font-medium">
            Questions (GIFT or LearnForge JSON)
          </label>
          <Hint id="import-text-hint">At most 1 MB.</Hint>
          <textarea id="import-text" rows={14} value={pasted} onChange={(event) => setPasted(event.target.value)} aria-invalid={textError ? true : undefined} aria-describedby={describedBy} className={`${inputClasses} font-mono`} />
        </div>
      )}
      <FieldError errorKey={INPUT_ERROR_KEY} error={textError} />
      <div className="flex max-w-sm flex-col gap-1">
        <label htmlFor="import-format" className="text-sm font-medium">
          Format
        </label>
        <select id="import-format" value={choice} onChange={(event) => setChoice(event.target.value === "auto" ? "auto" : (IMPORT_FORMATS.find((value) => value === event.target.value) ?? "auto"))} aria-describedby="import-format-hint" className={inputClasses}>
          <option value="auto">From the file name or the text</option>
          {IMPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {IMPORT_FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
        <Hint id="import-format-hint">{text ? `Will read it as ${IMPORT_FORMAT_LABELS[format]}.` : "A .json file is read as JSON; .gift and .txt as GIFT."}</Hint>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={working || justImported} className={buttonClasses(previewed ? "secondary" : "primary")}>
          {working && step === "preview" ? "Checking…" : "Check the questions"}
        </button>
        {previewed ? (
          <button type="button" disabled={working} onClick={() => send("import")} className={buttonClasses("primary")}>
            {working && step === "import" ? "Importing…" : `Import ${previewed.count === 1 ? "1 question" : `${previewed.count} questions`}`}
          </button>
        ) : null}
      </div>
      {fresh && outcome && outcome.step !== "imported" ? <ImportCheckResult outcome={outcome} /> : null}
      {outcome?.step === "imported" ? (
        <p role="status" className="flex flex-wrap gap-2 text-sm font-medium">
          {importedMessage(outcome.count)}
          <Link href={bankHref} className="underline">
            See them in the question bank
          </Link>
          {justImported ? <span className="font-normal text-muted-fg">To import more, choose another file or change the text.</span> : null}
        </p>
      ) : null}
      {result && !result.ok && !result.fieldErrors?.text ? <FormError state={result} /> : null}
    </form>
  );
}
