/**
 * Where each country is, for the map thumbnails of saved views: [longitude, latitude] in whole
 * degrees of the centre of its biggest polygon (so France's is in France, not pulled towards French
 * Guiana). Written from world-atlas' 50m countries (Natural Earth, public domain) by
 * tests/support/shared/thumbnail-geography.ts; country-centres.test.ts regenerates and compares it.
 * Main only: the renderer draws thumbnails from positions main stored, never from this table.
 */
const TABLE = `
  ABW:-70,13 AFG:66,34 AGO:18,-12 AIA:-63,18 ALA:20,60 ALB:20,41 AND:2,43 ARE:54,24 ARG:-65,-35 ARM:45,40
  ASM:-171,-14 ATA:83,-85 ATF:69,-49 ATG:-62,17 AUS:134,-26 AUT:14,48 AZE:48,40 BDI:30,-3 BEL:5,51 BEN:2,10
  BFA:-2,12 BGD:90,24 BGR:25,43 BHR:51,26 BHS:-78,25 BIH:18,44 BLM:-63,18 BLR:28,54 BLZ:-89,17 BMU:-65,32
  BOL:-65,-17 BRA:-53,-11 BRB:-60,13 BRN:115,4 BTN:90,27 BWA:24,-22 CAF:20,7 CAN:-99,59 CHE:8,47 CHL:-71,-34
  CHN:103,37 CIV:-6,8 CMR:13,6 COD:24,-3 COG:15,-1 COK:-160,-21 COL:-73,4 COM:43,-12 CPV:-24,15 CRI:-84,10
  CUB:-79,22 CUW:-69,12 CYM:-81,19 CYP:33,35 CZE:15,50 DEU:10,51 DJI:43,12 DMA:-61,15 DNK:9,56 DOM:-71,19
  DZA:3,28 ECU:-78,-1 EGY:30,26 ERI:39,15 ESH:-12,24 ESP:-4,40 EST:26,59 ETH:40,9 FIN:26,64 FJI:178,-18
  FLK:-59,-52 FRA:2,47 FRO:-7,62 FSM:158,7 GAB:12,-1 GBR:-2,54 GEO:44,42 GGY:-3,49 GHA:-1,8 GIN:-11,10
  GMB:-15,13 GNB:-15,12 GNQ:10,2 GRC:23,39 GRD:-62,12 GRL:-42,73 GTM:-90,16 GUM:145,13 GUY:-59,5 HKG:114,22
  HMD:74,-53 HND:-87,15 HRV:16,45 HTI:-73,19 HUN:19,47 IDN:114,0 IMN:-5,54 IND:80,23 IOT:72,-7 IRL:-8,53
  IRN:54,33 IRQ:44,33 ISL:-19,65 ISR:35,31 ITA:12,43 JAM:-77,18 JEY:-2,49 JOR:37,31 JPN:138,37 KAZ:67,48
  KEN:38,1 KGZ:75,41 KHM:105,13 KIR:-157,2 KNA:-63,17 KOR:128,36 KWT:48,29 LAO:104,18 LBN:36,34 LBR:-9,6
  LBY:18,27 LCA:-61,14 LIE:10,47 LKA:81,8 LSO:28,-30 LTU:24,55 LUX:6,50 LVA:25,57 MAC:114,22 MAF:-63,18
  MAR:-9,30 MCO:7,44 MDA:28,47 MDG:47,-19 MDV:74,4 MEX:-102,24 MHL:171,7 MKD:22,42 MLI:-4,17 MLT:14,36
  MMR:96,21 MNE:19,43 MNG:103,47 MNP:146,15 MOZ:36,-17 MRT:-10,20 MSR:-62,17 MUS:58,-20 MWI:34,-13 MYS:115,4
  NAM:17,-22 NCL:165,-21 NER:9,17 NFK:168,-29 NGA:8,10 NIC:-85,13 NIU:-170,-19 NLD:6,52 NOR:12,64 NPL:84,28
  NRU:167,-1 NZL:171,-44 OMN:56,21 PAK:69,30 PAN:-80,9 PCN:-128,-24 PER:-74,-9 PHL:121,16 PLW:135,8 PNG:144,-7
  POL:19,52 PRI:-66,18 PRK:127,40 PRT:-8,40 PRY:-58,-23 PSE:35,32 PYF:-149,-18 QAT:51,25 ROU:25,46 RUS:96,66
  RWA:30,-2 SAU:45,24 SDN:30,16 SEN:-14,14 SGP:104,1 SGS:-37,-54 SHN:-6,-16 SLB:160,-10 SLE:-12,9 SLV:-89,14
  SMR:12,44 SOM:46,5 SPM:-56,47 SRB:21,44 SSD:30,7 STP:7,0 SUR:-56,4 SVK:19,49 SVN:15,46 SWE:16,62
  SWZ:31,-27 SXM:-63,18 SYC:55,-5 SYR:38,35 TCA:-72,22 TCD:19,15 TGO:1,9 THA:101,15 TJK:71,39 TKM:59,39
  TLS:126,-9 TON:-175,-21 TTO:-61,10 TUN:10,34 TUR:35,39 TWN:121,24 TZA:35,-6 UGA:32,1 UKR:31,49 URY:-56,-33
  USA:-99,40 UZB:63,42 VAT:12,42 VCT:-61,13 VEN:-66,7 VGB:-65,18 VIR:-65,18 VNM:106,17 VUT:167,-15 WLF:-178,-14
  WSM:-172,-14 YEM:48,16 ZAF:25,-29 ZMB:28,-13 ZWE:30,-19
`;

const CENTRES: ReadonlyMap<string, readonly [number, number]> = new Map(
  TABLE.trim()
    .split(/\s+/)
    .map((entry) => {
      const [iso3 = '', lonLat = ''] = entry.split(':');
      const [lon = 0, lat = 0] = lonLat.split(',').map(Number);
      return [iso3, [lon, lat] as const];
    }),
);

/** [longitude, latitude] of the country's centre, or undefined for a code the atlas has no shape for. */
export const countryCentre = (iso3: string): readonly [number, number] | undefined => CENTRES.get(iso3);

export const COUNTRY_CENTRE_CODES = (): string[] => [...CENTRES.keys()];
