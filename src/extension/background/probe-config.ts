// Which probe the service worker talks to, and with which token: the user's (or administrator's)
// probe, else the one the provider profile names. Read here only: the token never leaves the
// service worker (see shared/probe-token.ts).
import { DEFAULT_PROFILE } from '../../core/profile/index.ts';
import { loadProbeToken } from '../shared/probe-token.ts';
import { loadSettings } from '../shared/settings.ts';

export interface ProbeConfig {
  probeUrl: string;
  probeToken: string;
}

export async function loadProbeConfig(): Promise<ProbeConfig> {
  const [settings, probeToken] = await Promise.all([loadSettings(), loadProbeToken()]);
  const profile = settings.profile.kind === 'custom' ? settings.profile.profile : DEFAULT_PROFILE;
  return { probeUrl: settings.probeUrl || profile.probeUrl || '', probeToken };
}
