"use client";

import { startTransition, useState, type FormEvent } from "react";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";

type State = { status: string; fieldErrors?: Record<string, string> };

const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

/**
 * An import form's two steps (check the file, then send the same file again with confirm=1):
 * which file the shown answer is about, whether the column mapping changed since, and the file
 * checks the browser can make before anything is sent. The form keeps its own useActionState
 * and hands its state and dispatch here.
 */
export function useFileImport(state: State, formAction: (formData: FormData) => void) {
  const [chosenFile, setChosenFile] = useState<string | null>(null);
  const [submittedFile, setSubmittedFile] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  // A new answer (adjusted during render, as React recommends) settles which file it is about
  // and clears «the mapping changed».
  const [answered, setAnswered] = useState<{ state: State; file: string | null; count: number }>({ state, file: null, count: 0 });
  const [mappingChanged, setMappingChanged] = useState(false);
  if (answered.state !== state) {
    setAnswered({ state, file: submittedFile, count: answered.count + 1 });
    setMappingChanged(false);
  }

  const onFileChange = (file: File | undefined) => {
    setChosenFile(file ? fileKey(file) : null);
    if (!file) return setFileError(undefined);
    if (!/\.xlsx$/i.test(file.name)) return setFileError("Нужен файл .xlsx (Книга Excel); файлы .xls и .csv сохраните в Excel как .xlsx");
    setFileError(file.size > MAX_IMPORT_BYTES ? "Файл больше 5 МБ: загрузите файл поменьше." : undefined);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fileError) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("file");
    setSubmittedFile(file instanceof File && file.size > 0 ? fileKey(file) : null);
    startTransition(() => formAction(data));
  };

  const fieldError = fileError ?? (state.status === "error" ? (state.fieldErrors?.file ?? state.fieldErrors?.fileName) : undefined);
  /** The answer is about the file now chosen (not one chosen before it). */
  const current = state.status !== "idle" && state.status !== "error" && answered.file !== null && answered.file === chosenFile;
  return {
    current,
    answerCount: answered.count,
    mappingChanged,
    markMappingChanged: () => setMappingChanged(true),
    onFileChange,
    onSubmit,
    fieldError,
  };
}
