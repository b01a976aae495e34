import type { SeedService } from "../../types";
import { bapendaServices } from "./bapenda";
import { bapendaBusinessTaxServices } from "./bapenda-pbjt-reklame";
import { dinkesServices } from "./dinkes";
import { dinsosServices } from "./dinsos";
import { disdukcapilServices } from "./disdukcapil";
import { disdukcapilAktaServices } from "./disdukcapil-akta";
import { disdukcapilKkPindahServices } from "./disdukcapil-kk-pindah";
import { disparTirtaSariServices } from "./dispar-tirta-sari";
import { dpmptspServices } from "./dpmptsp";
import { dpuprServices } from "./dpupr";
import { polresServices } from "./polres";

/** Every seeded service, grouped by agency in catalog order. */
export const services: SeedService[] = [
  ...disdukcapilServices,
  ...disdukcapilKkPindahServices,
  ...disdukcapilAktaServices,
  ...dpmptspServices,
  ...dpuprServices,
  ...polresServices,
  ...dinkesServices,
  ...dinsosServices,
  ...bapendaServices,
  ...bapendaBusinessTaxServices,
  ...disparTirtaSariServices,
];
