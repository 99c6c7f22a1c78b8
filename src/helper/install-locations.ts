// Where each browser looks for a per-user native messaging host, as each documents it:
//  Chrome/Chromium: developer.chrome.com/docs/extensions/develop/concepts/native-messaging#native-messaging-host-location
//  Firefox: developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Native_manifests#manifest_location
// Pure: the platform and environment come in, so macOS and Windows are checked as data on Linux.
import { posix, win32 } from 'node:path';
import { HOST_NAME } from './host-manifest.ts';

export type Platform = 'linux' | 'darwin' | 'win32';
export type Browser = 'chrome' | 'chromium' | 'firefox';
/** Chromium-family manifests use allowed_origins, Firefox's use allowed_extensions. */
export type Family = 'chromium' | 'firefox';

export interface HostTarget {
  browser: Browser;
  family: Family;
  /** Where the host manifest file is written. */
  manifestPath: string;
  /** Windows only: the HKCU key whose default value points at manifestPath. */
  registryKey: string | null;
}

export interface InstallPlan {
  platform: Platform;
  /** Our own folder: launcher, Windows manifests, install receipt. */
  dataDir: string;
  /** The executable the browsers start (manifests cannot pass arguments). */
  launcherPath: string;
  receiptPath: string;
  targets: HostTarget[];
}

export interface PlanEnv {
  home: string;
  XDG_CONFIG_HOME?: string;
  XDG_DATA_HOME?: string;
  LOCALAPPDATA?: string;
}

const FAMILY: Record<Browser, Family> = { chrome: 'chromium', chromium: 'chromium', firefox: 'firefox' };
const BROWSERS: readonly Browser[] = ['chrome', 'chromium', 'firefox'];

function target(browser: Browser, manifestPath: string, registryKey: string | null = null): HostTarget {
  return { browser, family: FAMILY[browser], manifestPath, registryKey };
}

export function supportedPlatform(platform: string): platform is Platform {
  return platform === 'linux' || platform === 'darwin' || platform === 'win32';
}

/** Linux and macOS: each browser reads a fixed per-user folder; our own files live in dataDir. */
function folderPlan(platform: 'linux' | 'darwin', dataDir: string, folders: Record<Browser, string>): InstallPlan {
  return {
    platform,
    dataDir,
    launcherPath: posix.join(dataDir, 'bounce-lens-helper'),
    receiptPath: posix.join(dataDir, 'install-receipt.json'),
    targets: BROWSERS.map((browser) => target(browser, posix.join(folders[browser], `${HOST_NAME}.json`))),
  };
}

export function installPlan(platform: Platform, env: PlanEnv): InstallPlan {
  if (platform === 'linux') {
    const config = env.XDG_CONFIG_HOME || posix.join(env.home, '.config');
    const data = env.XDG_DATA_HOME || posix.join(env.home, '.local/share');
    return folderPlan(platform, posix.join(data, 'bounce-lens'), {
      chrome: posix.join(config, 'google-chrome/NativeMessagingHosts'),
      chromium: posix.join(config, 'chromium/NativeMessagingHosts'),
      firefox: posix.join(env.home, '.mozilla/native-messaging-hosts'),
    });
  }
  if (platform === 'darwin') {
    const support = posix.join(env.home, 'Library/Application Support');
    return folderPlan(platform, posix.join(support, 'Bounce Lens'), {
      chrome: posix.join(support, 'Google/Chrome/NativeMessagingHosts'),
      chromium: posix.join(support, 'Chromium/NativeMessagingHosts'),
      firefox: posix.join(support, 'Mozilla/NativeMessagingHosts'),
    });
  }
  // Windows reads no fixed folder: a registry key's default value names the manifest file.
  const file = `${HOST_NAME}.json`;
  const dataDir = win32.join(env.LOCALAPPDATA || win32.join(env.home, 'AppData', 'Local'), 'Bounce Lens');
  return {
    platform,
    dataDir,
    launcherPath: win32.join(dataDir, 'bounce-lens-helper.cmd'),
    receiptPath: win32.join(dataDir, 'install-receipt.json'),
    targets: [
      target('chrome', win32.join(dataDir, `chrome-${file}`), `HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\${HOST_NAME}`),
      target('chromium', win32.join(dataDir, `chromium-${file}`), `HKCU\\Software\\Chromium\\NativeMessagingHosts\\${HOST_NAME}`),
      target('firefox', win32.join(dataDir, `firefox-${file}`), `HKCU\\Software\\Mozilla\\NativeMessagingHosts\\${HOST_NAME}`),
    ],
  };
}
