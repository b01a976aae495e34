/** The pages of the second factor and sessions (issue 25). */
export const ACCOUNT_SECURITY_PATH = "/akun/keamanan";
export const SECOND_FACTOR_ENROL_PATH = "/akun/keamanan/verifikasi-dua-langkah";
export const SECOND_FACTOR_VERIFY_PATH = "/masuk/verifikasi";

/** The sign-in's second step, coming back to `returnPath` afterwards. */
export const secondFactorStepPath = (returnPath: string) => `${SECOND_FACTOR_VERIFY_PATH}?callbackUrl=${encodeURIComponent(returnPath)}`;
export const PASSKEY_ADD_PATH = "/akun/keamanan/passkey";
export const REMOVE_FACTOR_PATH = "/akun/keamanan/hapus-faktor";
export const RECOVERY_CODES_PATH = "/akun/keamanan/kode-pemulihan";
export const COUNTER_FACTOR_RESET_PATH = "/petugas/pemulihan-akun/verifikasi-dua-langkah";
