/**
 * How many unsent drafts one citizen may hold at once (issue 16, finding 11).
 * Each draft keeps answers and up to UPLOAD_MAX_APPLICATION_MB of documents,
 * so without a cap one account could fill the database and the upload store.
 * Twenty is far above what a person applies for at once; a citizen at the cap
 * finishes or cancels a draft first (both from "Permohonan saya").
 */
export const MAX_OPEN_DRAFTS_PER_CITIZEN = 20;
