import { describe, expect, it } from "vitest";
import { publishStatisticsRow, quantile, statisticsCsv, STATISTICS_COLUMNS, type ComplaintStatisticsRow } from "./complaint-statistics-rows";

const row = (overrides: Partial<ComplaintStatisticsRow> = {}): ComplaintStatisticsRow => ({
  agencyCode: "DISDUKCAPIL",
  agencyNameId: "Dinas Kependudukan dan Pencatatan Sipil",
  agencyNameEn: "Population and Civil Registration Office",
  received: 12,
  routed: 10,
  responded: 8,
  closed: 6,
  rejected: 1,
  open: 5,
  overdue: 2,
  respondedOnTime: 7,
  medianResponseDays: 2.5,
  p90ResponseDays: 4.8,
  ratings: 3,
  averageRating: 3.33,
  ...overrides,
});

describe("complaint statistics rows", () => {
  it("interpolates quantiles of working days", () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([3], 0.9)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9.1);
  });

  it("writes one CSV line per agency with a header, quoting where needed and leaving unknowns empty", () => {
    const csv = statisticsCsv([
      row(),
      row({ agencyCode: null, agencyNameId: null, agencyNameEn: null, medianResponseDays: null, averageRating: null }),
      row({ agencyNameEn: 'Office "A", Harapan' }),
    ]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(STATISTICS_COLUMNS.join(","));
    expect(lines[1]).toBe("DISDUKCAPIL,Dinas Kependudukan dan Pencatatan Sipil,Population and Civil Registration Office,12,10,8,7,6,1,5,2,2.5,4.8,3,3.33");
    expect(lines[2]).toBe(",,,12,10,8,7,6,1,5,2,,4.8,3,");
    expect(lines[3]).toContain('"Office ""A"", Harapan"');
    expect(lines.at(-1)).toBe("");
  });

  it("writes an agency name that looks like a formula as text", () => {
    const lines = statisticsCsv([row({ agencyNameId: '=HYPERLINK("http://evil.test","x")', agencyNameEn: "@SUM(1)" })]).split("\r\n");
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")",'@SUM(1),`);
  });

  it("has no column that could carry personal data or complaint text", () => {
    for (const column of STATISTICS_COLUMNS) expect(column).not.toMatch(/name$|filer|title|body|text|contact/i);
  });

  it('publishes small numbers as every public page does: counts of 1–4 as "<5", nothing derived from fewer than 5', () => {
    const few = publishStatisticsRow(
      row({
        received: 3,
        routed: 2,
        responded: 2,
        respondedOnTime: 2,
        closed: 0,
        rejected: 1,
        open: 4,
        overdue: 0,
        ratings: 2,
        averageRating: 3.5,
        medianResponseDays: 1.5,
        p90ResponseDays: 2,
      }),
    );
    expect(few).toMatchObject({
      received: "<5",
      routed: "<5",
      responded: "<5",
      respondedOnTime: "<5",
      closed: 0,
      rejected: "<5",
      open: "<5",
      overdue: 0,
      ratings: "<5",
    });
    expect(few).toMatchObject({ averageRating: null, medianResponseDays: null, p90ResponseDays: null });
    expect(statisticsCsv([few]).split("\r\n")[1]).toBe(
      "DISDUKCAPIL,Dinas Kependudukan dan Pencatatan Sipil,Population and Civil Registration Office,<5,<5,<5,<5,0,<5,<5,0,,,<5,",
    );

    const enough = publishStatisticsRow(row({ ratings: 5, averageRating: 3.4, responded: 5 }));
    expect(enough).toMatchObject({ received: 12, ratings: 5, averageRating: 3.4, medianResponseDays: 2.5, responded: 5 });
  });
});
