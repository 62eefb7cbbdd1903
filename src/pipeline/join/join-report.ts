/**
 * The join, reported both ways. Rows whose code matches no area stop the build earlier (they are
 * problems in the contributor's file); here we list, for every indicator, level and period, the
 * areas of the geography that the data does not cover, so gaps are visible rather than silent.
 */
import type { Indicator, JoinReport, Level } from '../types.ts';

export function joinReport(indicators: Indicator[], levels: Level[]): JoinReport[] {
  const reports: JoinReport[] = [];
  for (const indicator of indicators) {
    for (const data of indicator.levels) {
      const level = levels.find((l) => l.id === data.level)!;
      for (const period of data.periods) {
        const covered = new Set(data.observations.filter((o) => o.period === period).map((o) => o.code));
        reports.push({
          dataset: indicator.datasetId,
          indicator: indicator.id,
          level: level.id,
          period,
          areasWithoutData: level.areas.filter((a) => !covered.has(a.code)).map((a) => a.code),
        });
      }
    }
  }
  return reports;
}
