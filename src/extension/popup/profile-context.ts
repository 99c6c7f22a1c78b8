// The provider profile the popup's words name (who "your hosting provider" is, its help pages).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_PROFILE, type Profile } from '../../core/profile/index.ts';

export const ProfileContext = createContext<Profile>(DEFAULT_PROFILE);

export function useProfile(): Profile {
  return useContext(ProfileContext);
}
