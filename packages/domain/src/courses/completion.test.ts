import { certificateNumber, hasCompletedCourse, type AttendanceMarkName } from './completion';

const marks = (present: number, excused: number, absent: number): AttendanceMarkName[] => [
  ...Array<AttendanceMarkName>(present).fill('PRESENT'),
  ...Array<AttendanceMarkName>(excused).fill('EXCUSED'),
  ...Array<AttendanceMarkName>(absent).fill('ABSENT'),
];

describe('hasCompletedCourse', () => {
  it('completes at exactly 80% of the meetings', () => {
    expect(hasCompletedCourse(5, marks(4, 0, 1))).toBe(true);
    expect(hasCompletedCourse(100, marks(80, 0, 20))).toBe(true);
  });

  it('does not complete at 79%', () => {
    expect(hasCompletedCourse(100, marks(79, 0, 21))).toBe(false);
    expect(hasCompletedCourse(19, marks(15, 0, 4))).toBe(false); // 78.9%
  });

  it('counts EXCUSED as absent', () => {
    expect(hasCompletedCourse(5, marks(3, 2, 0))).toBe(false);
    expect(hasCompletedCourse(5, marks(4, 1, 0))).toBe(true);
  });

  it('counts meetings not yet marked as missed', () => {
    expect(hasCompletedCourse(10, marks(7, 0, 0))).toBe(false);
    expect(hasCompletedCourse(10, marks(8, 0, 0))).toBe(true);
  });

  it('never completes a session without meetings', () => {
    expect(hasCompletedCourse(0, [])).toBe(false);
  });
});

describe('certificateNumber', () => {
  it('names the topic, the year and the enrollment', () => {
    expect(
      certificateNumber('ACCOUNTING', '2026-03-02', 'ab12cd34-0000-4000-8000-000000000000'),
    ).toBe('ACC-2026-AB12CD34');
    expect(certificateNumber('MARKETING', '2025-11-20', 'ff000000-1')).toMatch(
      /^MKT-2025-FF000000$/,
    );
  });
});
