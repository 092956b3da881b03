import { useOutletContext } from 'react-router';
import { type Me } from '../auth/me-query';

/** The signed-in staff member, provided by StaffShell to every screen inside it. */
export function useMe(): Me {
  return useOutletContext<Me>();
}
