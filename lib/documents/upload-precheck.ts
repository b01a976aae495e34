import { HEAD_BYTES, TAIL_BYTES } from "./file-type";
import { checkUpload, type FieldUploadRules, type UploadRejectionKey } from "./upload-rules";

/** The browser does not know what the application already holds: the server checks the total. */
const UNKNOWN_BUDGET = { currentApplicationBytes: 0, maxApplicationBytes: Number.POSITIVE_INFINITY };

/**
 * The server's own checks (checkUpload: size, type from the bytes, PDF trailer)
 * run in the browser on the chosen file before it is sent, reading only its
 * first and last bytes, so a file the server would refuse is never uploaded
 * in full (issue 17, item 16). The server still decides; this only saves the
 * citizen the wait, with the same translated message.
 */
export async function precheckUpload(file: Blob & { name: string }, field: FieldUploadRules): Promise<UploadRejectionKey | null> {
  const [head, tail] = await Promise.all([file.slice(0, HEAD_BYTES).arrayBuffer(), file.slice(Math.max(0, file.size - TAIL_BYTES)).arrayBuffer()]);
  const result = checkUpload({ size: file.size, head: new Uint8Array(head), tail: new Uint8Array(tail), declaredName: file.name }, field, UNKNOWN_BUDGET);
  return result.ok ? null : result.messageKey;
}
