import { type DashboardData } from './dashboard-documents';

/**
 * Chart coordinates. Bars need numbers, so decimal money strings become numbers here and only
 * here, for drawing; every figure a person reads (cards, tables) stays an exact decimal string.
 */
export const toPlot = (decimal: string | null | undefined): number => Number(decimal ?? 0);

export interface MoneyByMonth {
  month: string;
  disbursed: number;
  repaid: number;
}

export function moneyByMonth(d: DashboardData): MoneyByMonth[] {
  return d.monthlyIndicators.map((m) => ({
    month: m.month,
    disbursed: toPlot(m.amountDisbursed?.amount),
    repaid: toPlot(m.amountRepaid?.amount),
  }));
}

export function parByDistrict(d: DashboardData): { name: string; par30: number }[] {
  return d.indicators.byDistrict
    .filter((r) => !r.suppressed && r.par30 !== null)
    .map((r) => ({ name: r.district.name, par30: Math.round((r.par30 ?? 0) * 1000) / 10 }));
}
