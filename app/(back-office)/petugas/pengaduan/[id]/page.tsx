import { staffComplaintCaseRoute } from "../../staff-complaint-case-route";

export const dynamic = "force-dynamic";

const route = staffComplaintCaseRoute("complaints", "/petugas/pengaduan");
export const generateMetadata = route.generateMetadata;
export default route.CasePage;
