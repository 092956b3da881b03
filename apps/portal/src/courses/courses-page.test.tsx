import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import {
  AGHJABEDI,
  BEYLAGAN,
  cancelMock,
  coursesData,
  coursesErrorMock,
  coursesMock,
  enrollment,
  enrollFailMock,
  enrollMock,
  IMISHLI,
  session,
} from './course-fixtures';

const accounting = session('s1', 'ACCOUNTING', AGHJABEDI, '2026-06-01');
const marketing = session('s2', 'MARKETING', AGHJABEDI, '2026-05-11', { seatsLeft: 1 });
const beylagan = session('s3', 'MANAGEMENT', BEYLAGAN, '2026-04-20');
const imishliFull = session('s4', 'MARKETING', IMISHLI, '2026-05-04', {
  seatsLeft: 0,
  capacity: 10,
});
const all = [imishliFull, accounting, beylagan, marketing];

const cardTitles = (region: HTMLElement) =>
  within(region)
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

describe('portal courses', () => {
  it('lists my district first, then the others, each soonest first, with places in words', async () => {
    await renderApp({ path: '/courses', mocks: [coursesMock(coursesData(all))] });
    const near = await screen.findByRole('region', { name: 'Courses in Aghjabedi' });
    expect(cardTitles(near)).toEqual(['Marketing', 'Accounting']);
    expect(within(near).getAllByRole('article')[0]).toHaveTextContent('1 place left of 12');
    const others = screen.getByRole('region', { name: 'Courses in other districts' });
    expect(cardTitles(others)).toEqual(['Management', 'Marketing']);
    const full = within(others).getAllByRole('article')[1]!;
    expect(full).toHaveTextContent('Full: no places left of 10');
    expect(full).toHaveTextContent('Imishli');
    expect(within(full).getByRole('button', { name: /Join the waiting list/ })).toBeVisible();
    expect(screen.getByText('You have not signed up for a course yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Courses' })).toHaveAttribute('aria-current', 'page');
  });

  it('says so when nothing is planned in my district, and still shows the others', async () => {
    await renderApp({ path: '/courses', mocks: [coursesMock(coursesData([beylagan]))] });
    const near = await screen.findByRole('region', { name: 'Courses in Aghjabedi' });
    expect(
      within(near).getByRole('region', { name: 'No courses are planned in your district yet' }),
    ).toBeInTheDocument();
    const others = screen.getByRole('region', { name: 'Courses in other districts' });
    expect(cardTitles(others)).toEqual(['Management']);
  });

  it('signs me up after I confirm, and shows the place in my courses', async () => {
    const mine = enrollment('e1', { ...accounting, seatsLeft: 4 });
    await renderApp({
      path: '/courses',
      mocks: [
        coursesMock(coursesData(all)),
        enrollMock('s1', mine),
        coursesMock(coursesData(all, [mine])),
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign up for Accounting (Aghjabedi)' }),
    );
    const question = screen.getByRole('group', { name: 'Sign up for Accounting in Aghjabedi?' });
    expect(within(question).getByText(/Sign up for Accounting/)).toHaveFocus();
    await userEvent.click(within(question).getByRole('button', { name: 'Yes, sign me up' }));
    const done = await screen.findByText('You are signed up for Accounting.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    const my = screen.getByRole('region', { name: 'My courses' });
    expect(await within(my).findByRole('article')).toHaveTextContent('Signed up');
    expect(within(my).getByRole('button', { name: /Cancel my place/ })).toBeVisible();
  });

  it.each([
    [
      'az',
      'AZ',
      /Mühasibat.*kursuna yazıl/,
      /kursuna yazılırsınız\?/,
      'Bəli, məni yaz',
      'Siz Mühasibat kursuna yazıldınız.',
      'Kurslarım',
      'Yazılıb',
    ],
    [
      'ru',
      'RU',
      /Записаться на курс «Бухгалтерия/,
      /Записаться на курс «Бухгалтерия» в районе Aghjabedi\?/,
      'Да, запишите меня',
      'Вы записаны на курс «Бухгалтерия».',
      'Мои курсы',
      'Записаны',
    ],
  ] as const)(
    'in %s: signs me up after I confirm, and shows the place in my courses',
    async (language, code, button, question, yes, done, myHeading, status) => {
      const mine = enrollment('e1', { ...accounting, seatsLeft: 4 });
      await renderApp({
        path: '/courses',
        language,
        mocks: [
          coursesMock(coursesData(all), code),
          enrollMock('s1', mine),
          coursesMock(coursesData(all, [mine]), code),
        ],
      });
      await userEvent.click(await screen.findByRole('button', { name: button }));
      const group = screen.getByRole('group', { name: question });
      await userEvent.click(within(group).getByRole('button', { name: yes }));
      expect(await screen.findByText(done)).toBeInTheDocument();
      const my = screen.getByRole('region', { name: myHeading });
      expect(await within(my).findByRole('article')).toHaveTextContent(status);
    },
  );

  it('puts me on the waiting list when the session is full, and shows my place in line', async () => {
    const waiting = enrollment('e2', imishliFull, { status: 'WAITLISTED', waitlistPosition: 3 });
    await renderApp({
      path: '/courses',
      mocks: [
        coursesMock(coursesData(all)),
        enrollMock('s4', waiting),
        coursesMock(coursesData(all, [waiting])),
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Join the waiting list for Marketing (Imishli)' }),
    );
    expect(
      screen.getByRole('group', {
        name: 'Marketing in Imishli is full. Join the waiting list? You get a place if someone cancels.',
      }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, put me on the list' }));
    expect(
      await screen.findByText('The course is full, so you are on the waiting list: number 3.'),
    ).toBeInTheDocument();
    const my = screen.getByRole('region', { name: 'My courses' });
    const card = await within(my).findByRole('article');
    expect(card).toHaveTextContent('On the waiting list');
    expect(card).toHaveTextContent('Your place in line3');
  });

  it('cancels my place after I confirm, and keeps it when I say no', async () => {
    const mine = enrollment('e1', accounting);
    const cancelled = { ...mine, status: 'CANCELLED' as const };
    await renderApp({
      path: '/courses',
      mocks: [
        coursesMock(coursesData(all, [mine])),
        cancelMock('e1', cancelled),
        coursesMock(coursesData(all, [cancelled])),
      ],
    });
    const cancel = await screen.findByRole('button', {
      name: 'Cancel my place in Accounting (Aghjabedi)',
    });
    await userEvent.click(cancel);
    await userEvent.click(screen.getByRole('button', { name: 'No, keep my place' }));
    expect(screen.queryByRole('group', { name: /Cancel your place/ })).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel my place in Accounting (Aghjabedi)' }),
    );
    expect(
      screen.getByRole('group', {
        name: 'Cancel your place in Accounting (Aghjabedi)? Someone else may take it.',
      }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel my place' }));
    expect(await screen.findByText('Your place in Accounting is cancelled.')).toBeInTheDocument();
    const my = screen.getByRole('region', { name: 'My courses' });
    expect(await within(my).findByText('Cancelled')).toBeInTheDocument();
    expect(within(my).queryByRole('button', { name: /Cancel my place/ })).not.toBeInTheDocument();
    // The session is open to me again.
    expect(
      screen.getByRole('button', { name: 'Sign up for Accounting (Aghjabedi)' }),
    ).toBeVisible();
  });

  it('explains a refusal from the API in plain words', async () => {
    await renderApp({
      path: '/courses',
      mocks: [
        coursesMock(coursesData(all)),
        enrollMock('s3', null, [
          {
            field: ['input', 'sessionId'],
            message: 'Session has started',
            code: 'ENROLLMENT_CLOSED',
          },
        ]),
        coursesMock(coursesData(all)),
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign up for Management (Beylagan)' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, sign me up' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That did not work');
    expect(alert).toHaveTextContent(
      'This course has already started, so you cannot sign up here. Please call your case manager.',
    );
    expect(alert).not.toHaveTextContent('Session has started');
  });

  it.each([
    ['offline', 'The server could not be reached. Check your connection and try again.'],
    ['forbidden', 'This could not be done. Please call your case manager.'],
  ] as const)('says what went wrong when signing up fails (%s)', async (how, text) => {
    await renderApp({
      path: '/courses',
      mocks: [coursesMock(coursesData(all)), enrollFailMock('s1', how)],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign up for Accounting (Aghjabedi)' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, sign me up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    // The sign-up button is back, to try again.
    expect(
      screen.getByRole('button', { name: 'Sign up for Accounting (Aghjabedi)' }),
    ).toBeVisible();
  });

  it('shows my waiting place and my certificate number in my courses', async () => {
    const done = session('s9', 'ACCOUNTING', AGHJABEDI, '2025-10-01');
    await renderApp({
      path: '/courses',
      mocks: [
        coursesMock(
          coursesData(all, [
            enrollment('e9', done, { status: 'COMPLETED', certificateNumber: 'CRT-2025-0042' }),
            enrollment('e4', imishliFull, { status: 'WAITLISTED', waitlistPosition: 2 }),
          ]),
        ),
      ],
    });
    const my = await screen.findByRole('region', { name: 'My courses' });
    const [waiting, completed] = within(my).getAllByRole('article');
    expect(waiting).toHaveTextContent('On the waiting list');
    expect(waiting).toHaveTextContent('Your place in line2');
    expect(completed).toHaveTextContent('Completed');
    expect(completed).toHaveTextContent('Certificate numberCRT-2025-0042');
    expect(within(completed!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when the courses cannot be loaded', async () => {
    await renderApp({
      path: '/courses',
      mocks: [coursesErrorMock(), coursesMock(coursesData([beylagan]))],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Courses could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Courses in other districts' })).toBeVisible();
  });

  it.each([
    ['az', 'Kurslar', 'Aghjabedi rayonunda kurslar', 'Mühasibat', '1 iyun 2026', '5 yer qalıb'],
    ['ru', 'Курсы', 'Курсы в районе Aghjabedi', 'Бухгалтерия', '1 июня 2026', 'Осталось 5 мест'],
  ] as const)('in %s', async (language, title, nearHeading, topic, date, seats) => {
    await renderApp({
      path: '/courses',
      language,
      mocks: [coursesMock(coursesData([accounting]), language === 'az' ? 'AZ' : 'RU')],
    });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const near = await screen.findByRole('region', { name: nearHeading });
    const card = within(near).getByRole('article');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(topic);
    expect(card).toHaveTextContent(date);
    expect(card).toHaveTextContent(seats);
  });

  it('follows a language switch: its own texts load, the course texts are asked for again', async () => {
    await renderApp({
      path: '/courses',
      mocks: [
        coursesMock(coursesData([accounting])),
        coursesMock(
          coursesData([
            session('s1', 'ACCOUNTING', AGHJABEDI, '2026-06-01', {
              course: {
                __typename: 'Course',
                id: 'c1',
                topic: 'ACCOUNTING',
                title: 'Учёт в малом бизнесе',
                description: 'Касса и цены.',
              },
            }),
          ]),
          'RU',
        ),
      ],
    });
    await screen.findByRole('region', { name: 'Courses in Aghjabedi' });
    const language = screen.getByRole('group', { name: 'Language' });
    await userEvent.click(within(language).getByRole('button', { name: 'Русский' }));
    const near = await screen.findByRole('region', { name: 'Курсы в районе Aghjabedi' });
    expect(await within(near).findByText('Учёт в малом бизнесе')).toBeInTheDocument();
    expect(within(near).getByRole('heading', { level: 3 })).toHaveTextContent('Бухгалтерия');
    expect(screen.getByRole('heading', { level: 1, name: 'Курсы' })).toBeInTheDocument();
  });
});
