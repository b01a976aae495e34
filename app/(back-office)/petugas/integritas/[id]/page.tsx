import { staffComplaintCaseRoute } from "../../staff-complaint-case-route";

export const dynamic = "force-dynamic";

const route = staffComplaintCaseRoute("integrity", "/petugas/integritas");
export const generateMetadata = route.generateMetadata;
export default route.CasePage;
