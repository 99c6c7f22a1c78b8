// macOS and Windows locations are checked as data here (they cannot run on this machine);
// the Linux ones are also exercised for real in test/integration/helper/install.test.ts.
import { describe, expect, it } from 'vitest';
import { installPlan } from '../../../src/helper/install-locations.ts';
import { HOST_NAME } from '../../../src/helper/host-manifest.ts';

const FILE = `${HOST_NAME}.json`;

describe('installPlan', () => {
  it('Linux: ~/.config for Chrome and Chromium, ~/.mozilla for Firefox', () => {
    const plan = installPlan('linux', { home: '/home/ana' });
    expect(plan.targets.map((t) => [t.browser, t.manifestPath, t.registryKey])).toEqual([
      ['chrome', `/home/ana/.config/google-chrome/NativeMessagingHosts/${FILE}`, null],
      ['chromium', `/home/ana/.config/chromium/NativeMessagingHosts/${FILE}`, null],
      ['firefox', `/home/ana/.mozilla/native-messaging-hosts/${FILE}`, null],
    ]);
    expect(plan.launcherPath).toBe('/home/ana/.local/share/bounce-lens/bounce-lens-helper');
  });

  it('Linux: follows XDG_CONFIG_HOME and XDG_DATA_HOME like Chrome does', () => {
    const plan = installPlan('linux', { home: '/home/ana', XDG_CONFIG_HOME: '/cfg', XDG_DATA_HOME: '/data' });
    expect(plan.targets[0]?.manifestPath).toBe(`/cfg/google-chrome/NativeMessagingHosts/${FILE}`);
    expect(plan.targets[2]?.manifestPath).toBe(`/home/ana/.mozilla/native-messaging-hosts/${FILE}`);
    expect(plan.dataDir).toBe('/data/bounce-lens');
  });

  it('macOS: ~/Library/Application Support/<vendor>/NativeMessagingHosts', () => {
    const plan = installPlan('darwin', { home: '/Users/ana' });
    expect(plan.targets.map((t) => t.manifestPath)).toEqual([
      `/Users/ana/Library/Application Support/Google/Chrome/NativeMessagingHosts/${FILE}`,
      `/Users/ana/Library/Application Support/Chromium/NativeMessagingHosts/${FILE}`,
      `/Users/ana/Library/Application Support/Mozilla/NativeMessagingHosts/${FILE}`,
    ]);
    expect(plan.targets.every((t) => t.registryKey === null)).toBe(true);
  });

  it('Windows: an HKCU key per browser whose default value names a manifest in our folder', () => {
    const plan = installPlan('win32', { home: 'C:\\Users\\ana', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' });
    expect(plan.targets.map((t) => [t.registryKey, t.manifestPath])).toEqual([
      [`HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\${HOST_NAME}`, `C:\\Users\\ana\\AppData\\Local\\Bounce Lens\\chrome-${FILE}`],
      [`HKCU\\Software\\Chromium\\NativeMessagingHosts\\${HOST_NAME}`, `C:\\Users\\ana\\AppData\\Local\\Bounce Lens\\chromium-${FILE}`],
      [`HKCU\\Software\\Mozilla\\NativeMessagingHosts\\${HOST_NAME}`, `C:\\Users\\ana\\AppData\\Local\\Bounce Lens\\firefox-${FILE}`],
    ]);
    expect(plan.launcherPath).toBe('C:\\Users\\ana\\AppData\\Local\\Bounce Lens\\bounce-lens-helper.cmd');
  });
});
