import { type TestApi } from './test-server';

export const ENROLLMENT_FIELDS = `id status waitlistPosition certificateNumber
  session { id seatsLeft } beneficiary { code } attendance { date mark }`;
export const CREATE_SESSION = `mutation S($input: CreateCourseSessionInput!) {
  createCourseSession(input: $input) { session { id startsOn endsOn meetingDates capacity seatsLeft
    venue course { topic } district { code } } userErrors { code field message } } }`;
export const ENROLL = `mutation E($input: EnrollInSessionInput!) {
  enrollInSession(input: $input) { enrollment { ${ENROLLMENT_FIELDS} } userErrors { code field message } } }`;
export const CANCEL = `mutation C($input: CancelEnrollmentInput!) {
  cancelEnrollment(input: $input) { enrollment { ${ENROLLMENT_FIELDS} } userErrors { code field message } } }`;
export const ATTEND = `mutation A($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { enrollment { ${ENROLLMENT_FIELDS} } userErrors { code field message } } }`;

/** Course ids by topic and district ids by code, as any signed-in user sees them. */
export async function trainingIds(api: TestApi, token: string) {
  const r = await api.gql('{ courses { id topic } districts { id code } }', {}, { token });
  const courses = r.body.data?.courses as { id: string; topic: string }[];
  const districts = r.body.data?.districts as { id: string; code: string }[];
  return {
    course: (topic: string) => courses.find((c) => c.topic === topic)!.id,
    district: (code: string) => districts.find((d) => d.code === code)!.id,
  };
}

/** Creates a session and returns its id (fails the test on refusal). */
export async function createSession(
  api: TestApi,
  token: string,
  input: { courseId: string; districtId: string; meetingDates: string[]; capacity: number },
): Promise<string> {
  const r = await api.gql(CREATE_SESSION, { input }, { token });
  const id = r.body.data?.createCourseSession.session?.id as string | undefined;
  if (!id) throw new Error(`createCourseSession failed: ${JSON.stringify(r.body)}`);
  return id;
}
