import { lazy } from 'react';

// Each signed-in screen is its own chunk, fetched only when the gate lets the reader through.
export const HomePage = lazy(async () => ({
  default: (await import('../home/home-page')).HomePage,
}));
export const SchedulePage = lazy(async () => ({
  default: (await import('../schedule/schedule-page')).SchedulePage,
}));
export const MyDataPage = lazy(async () => ({
  default: (await import('../my-data/my-data-page')).MyDataPage,
}));
export const CoursesPage = lazy(async () => ({
  default: (await import('../courses/courses-page')).CoursesPage,
}));
