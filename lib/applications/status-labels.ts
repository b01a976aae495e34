/** Every status, in lifecycle order: for labels, filters and legends (defined with the lifecycle, lib/applications/workflow.ts). */
export { APPLICATION_STATUSES } from "./workflow";
