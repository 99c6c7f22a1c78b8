// The small executable a browser starts: host manifests take a path and no arguments, so this
// script adds them ("helper host", then whatever the browser passes: origin, manifest path).
import type { Platform } from './install-locations.ts';

export interface LaunchCommand {
  /** The Node binary (process.execPath at install time). */
  node: string;
  /** bin/bounce-lens.js */
  script: string;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

export function launcherScript(platform: Platform, launch: LaunchCommand): string {
  if (platform === 'win32') {
    // cmd.exe: quotes protect spaces; %* forwards the browser's arguments.
    return `@echo off\r\n"${launch.node}" "${launch.script}" helper host %*\r\n`;
  }
  return `#!/bin/sh\n# Bounce Lens local helper, started by the browser (native messaging).\nexec ${shellQuote(launch.node)} ${shellQuote(launch.script)} helper host "$@"\n`;
}
