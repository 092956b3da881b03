import { type CourseTopicName } from '../loans/loan-product.entity';
import { DEMO_DISTRICTS } from './demo-programme';
import { DEMO_LOANS } from './demo-loans';

/** A survivor in a demo session; past meetings beyond `present + excused` are marked ABSENT. */
export interface DemoParticipant {
  survivor: string;
  present: number;
  excused?: number;
}

export interface DemoSession {
  topic: CourseTopicName;
  district: string;
  /** Days from today to the first meeting: negative for sessions already held. */
  startsInDays: number;
  meetings: number;
  /** Days between meetings. */
  every: number;
  capacity: number;
  venue: string;
  trainer: string;
  /** In order of arrival: those beyond the capacity are waitlisted. */
  participants: DemoParticipant[];
}

const codesIn = (district: string, from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `${district}-${String(from + i).padStart(3, '0')}`,
  );

/** Everyone with a demo loan, by district: they took the ACCOUNTING course first. */
const borrowersIn = (district: string) =>
  [...new Set(DEMO_LOANS.map((l) => l.survivor))]
    .filter((c) => c.startsWith(`${district}-`))
    .sort();

/**
 * The demo programme's training: ACCOUNTING held in every district before the first loans (each
 * borrower completed it; one more survivor per district fell short of 80%), MARKETING held
 * recently in two districts, MANAGEMENT upcoming everywhere with free seats, and one upcoming
 * MARKETING session full with a waitlist.
 */
export const DEMO_SESSIONS: DemoSession[] = [
  ...DEMO_DISTRICTS.map((d) => {
    const borrowers = borrowersIn(d.code);
    const lastBorrower = Number(borrowers[borrowers.length - 1]?.slice(4) ?? 0);
    return {
      topic: 'ACCOUNTING' as const,
      district: d.code,
      startsInDays: -640,
      meetings: 6,
      every: 7,
      capacity: 10,
      venue: `${d.name} community centre`,
      trainer: 'Elnur Quliyev',
      participants: [
        ...borrowers.map((survivor, i) => ({ survivor, present: i % 2 === 0 ? 6 : 5 })),
        // 4 of 6 (67%) with one excused: attended, not completed.
        {
          survivor: codesIn(d.code, lastBorrower + 1, lastBorrower + 1)[0]!,
          present: 4,
          excused: 1,
        },
      ],
    };
  }),
  {
    topic: 'MARKETING',
    district: 'AGJ',
    startsInDays: -120,
    meetings: 5,
    every: 7,
    capacity: 12,
    venue: 'Aghjabedi youth centre',
    trainer: 'Günay Əliyeva',
    participants: [
      { survivor: 'AGJ-001', present: 5 },
      { survivor: 'AGJ-003', present: 3, excused: 1 },
      { survivor: 'AGJ-005', present: 4 },
    ],
  },
  {
    topic: 'MARKETING',
    district: 'SAA',
    startsInDays: -90,
    meetings: 5,
    every: 7,
    capacity: 12,
    venue: 'Saatli library',
    trainer: 'Günay Əliyeva',
    participants: [
      { survivor: 'SAA-002', present: 5 },
      { survivor: 'SAA-003', present: 4 },
      { survivor: 'SAA-004', present: 2 },
    ],
  },
  ...DEMO_DISTRICTS.map((d, i) => ({
    topic: 'MANAGEMENT' as const,
    district: d.code,
    startsInDays: 14 + i,
    meetings: 4,
    every: 7,
    capacity: 12,
    venue: `${d.name} community centre`,
    trainer: 'Rauf Babayev',
    participants: codesIn(d.code, 1, 2).map((survivor) => ({ survivor, present: 0 })),
  })),
  {
    topic: 'MARKETING',
    district: 'BEY',
    startsInDays: 21,
    meetings: 4,
    every: 7,
    capacity: 4,
    venue: 'Beylagan school no. 2',
    trainer: 'Günay Əliyeva',
    participants: codesIn('BEY', 1, 6).map((survivor) => ({ survivor, present: 0 })),
  },
];
