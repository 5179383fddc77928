/** The signed-in reviewer: their key's identity and an API client holding the key. */
import { createContext, useContext } from 'react';
import type { Api, Me } from './api';

export interface Session {
  me: Me;
  api: Api;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}
