import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = readFileSync(join(__dirname, 'theme.css'), 'utf8');

function token(name: string): string {
  const match = new RegExp(`--rv-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`theme.css has no hex colour --rv-${name}`);
  return match[1];
}

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('theme.css', () => {
  it.each([
    ['color-text', 'color-background'],
    ['color-text', 'color-surface'],
    ['color-text-muted', 'color-background'],
    ['color-text-muted', 'color-surface'],
    ['color-on-primary', 'color-primary'],
    ['color-on-primary', 'color-primary-hover'],
    ['color-on-primary', 'color-danger'],
    ['color-primary', 'color-background'],
    ['color-danger', 'color-background'],
    ['color-danger', 'color-danger-surface'],
    ['color-success', 'color-success-surface'],
    ['color-warning', 'color-warning-surface'],
    ['color-info', 'color-info-surface'],
  ])('%s on %s meets WCAG AA for text (4.5:1)', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it('gives input borders and the focus ring at least 3:1', () => {
    expect(contrast(token('color-border'), token('color-background'))).toBeGreaterThanOrEqual(3);
    expect(contrast(token('color-focus'), token('color-background'))).toBeGreaterThanOrEqual(3);
  });

  it('uses an 18px base font and 44px targets', () => {
    expect(css).toMatch(/--rv-font-size:\s*1\.125rem/);
    expect(css).toMatch(/--rv-target-size:\s*44px/);
  });

  it('has a focus-visible outline, a reduced-motion and a forced-colours block', () => {
    expect(css).toMatch(/:focus-visible\s*{[^}]*outline:\s*3px solid/);
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(css).toMatch(/@media \(forced-colors: active\)\s*{[^@]*border:/);
  });
});
