"use client";
import { useRef, useState } from "react";
import type { FileField } from "@/lib/catalog/form-schema";
import { precheckUpload } from "@/lib/documents/upload-precheck";
import { describeAccept, formatBytes } from "@/lib/documents/upload-rules";
import type { Locale, MessageKey } from "@/lib/platform/i18n/messages";
import { buttonSecondary } from "@/components/ui/styles";

export type UploadedDocument = { id: string; fieldKey: string | null; fileName: string; sizeBytes: number };

type Props = {
  field: FileField;
  applicationId: string;
  locale: Locale;
  text: (key: MessageKey, params?: Record<string, string | number>) => string;
  document: UploadedDocument | undefined;
  errors: string[];
  disabled?: boolean;
  /** Items of the citizen's wallet ("Dokumen saya") of the document type this field names: one may stand in for the upload. */
  wallet?: WalletChoice;
};

export type WalletChoice = { options: { ref: string; label: string }[]; chosen: string | null };

/** Not a wallet item: the citizen uploads a file of their own (lib/applications/wallet-reference.ts). */
const UPLOAD_NEW = "upload-new";

/**
 * A required document. With JavaScript the file is checked in the browser
 * (size and type, the server's own rules) and uploads as soon as it is
 * chosen, with a progress bar; without it, the file goes with the form post
 * and the server checks it.
 */
export function DocumentField({ field, applicationId, locale, text, document: initial, errors, disabled, wallet }: Props) {
  const [document, setDocument] = useState(initial);
  const [choice, setChoice] = useState(wallet?.chosen ?? UPLOAD_NEW);
  const fromWallet = !!wallet && wallet.options.length > 0 && choice !== UPLOAD_NEW;
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const shown = uploadError ? [uploadError] : errors;
  const id = field.key;
  const hintId = `${id}-hint`;
  const errorId = shown.length ? `${id}-error` : undefined;

  async function upload(file: File) {
    const refused = await precheckUpload(file, field);
    if (refused) {
      // Not uploaded. The file stays chosen, as when the server refuses it: a
      // form post still carries it, and the server answers in the error summary.
      setUploadError(text(refused));
      return;
    }
    const body = new FormData();
    body.set("fieldKey", field.key);
    body.set("file", file);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/permohonan/${applicationId}/dokumen`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      setProgress(null);
      const response = request.response as { document?: UploadedDocument; messageKey?: MessageKey } | null;
      if (request.status === 201 && response?.document) {
        setDocument(response.document);
        setUploadError(null);
        setAnnouncement(text("upload.done"));
        // Uploaded already: it must not travel again with the form post.
        if (input.current) input.current.value = "";
      } else {
        setUploadError(text(response?.messageKey ?? "upload.failed"));
      }
    };
    request.onerror = () => {
      setProgress(null);
      setUploadError(text("upload.failed"));
    };
    setUploadError(null);
    setProgress(0);
    request.send(body);
  }

  return (
    <div className={`mb-6 ${shown.length ? "border-l-4 border-accent-500 pl-4" : ""}`}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {field.label[locale]} {field.required ? null : <span className="font-normal">{text("application.documentOptional")}</span>}
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {[
          field.help?.[locale],
          text("upload.allowedTypes", { types: describeAccept(field.accept, locale), size: formatBytes(field.maxSizeMb * 1024 * 1024, locale) }),
        ]
          .filter(Boolean)
          .join(" ")}
      </p>
      {shown.length ? (
        <p id={errorId} className="mt-1 font-semibold text-accent-500">
          {shown.join(" ")}
        </p>
      ) : null}
      {wallet && wallet.options.length > 0 ? (
        <fieldset className="mt-2" disabled={disabled} data-testid={`wallet-${field.key}`}>
          <legend className="font-semibold">{text("wallet.reuse.useFromWallet")}</legend>
          {[...wallet.options.map((option) => ({ value: option.ref, label: option.label })), { value: UPLOAD_NEW, label: text("wallet.reuse.uploadNew") }].map(
            (option) => (
              <label key={option.value} className="mt-2 flex items-center gap-2">
                <input
                  type="radio"
                  name={`$wallet:${field.key}`}
                  value={option.value}
                  defaultChecked={choice === option.value}
                  onChange={() => setChoice(option.value)}
                  className="h-5 w-5 shrink-0"
                />
                {option.label}
              </label>
            ),
          )}
          {fromWallet ? <p className="mt-2 rounded-md bg-slate-100 p-3">{text("wallet.reuse.chosenNote")}</p> : null}
        </fieldset>
      ) : null}
      {document ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 rounded-md bg-slate-100 p-3">
          <span data-testid={`uploaded-${field.key}`}>
            {text("upload.uploadedFile", { name: document.fileName, size: formatBytes(document.sizeBytes, locale) })}
          </span>
          {disabled ? null : (
            <button type="submit" name="$intent" value={`removeDocument:${document.id}`} className={buttonSecondary}>
              {text("upload.remove")}
            </button>
          )}
        </div>
      ) : null}
      <input
        ref={input}
        hidden={fromWallet}
        id={id}
        name={field.key}
        type="file"
        accept={field.accept.join(",")}
        disabled={disabled}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        aria-invalid={shown.length > 0}
        className="mt-2 block w-full text-base file:mr-4 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:py-2 file:font-semibold"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void upload(file);
        }}
      />
      {progress !== null ? (
        <div className="mt-2">
          <progress max={100} value={progress} aria-label={text("upload.progress", { percent: progress })} className="w-full" />
          <span className="text-sm">{text("upload.progress", { percent: progress })}</span>
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
