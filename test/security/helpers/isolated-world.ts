// Runs code inside the extension's content-script world of a page (Chromium's "isolated world"),
// through the DevTools protocol: what a content script can reach, a page that subverts it (or a
// bug in it) can reach too. Also tells whether the content script runs in a frame at all.
import type { CDPSession, Frame, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface IsolatedWorlds {
  /** The extension's content-script worlds seen so far, by frame id. */
  contexts(): ExecutionContext[];
  /** Evaluates an expression (awaited) in the content-script world of the page's frame; null when there is none. */
  evaluate<T>(frame: Frame, expression: string): Promise<T | null>;
  close(): Promise<void>;
}

type FrameNode = { frame: { id: string; url: string }; childFrames?: FrameNode[] };

/** The DevTools id of a Playwright frame (matched by URL below the main frame). */
async function frameIdOf(page: Page, frame: Frame, cdp: CDPSession): Promise<string> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as unknown as { frameTree: FrameNode };
  if (frame === page.mainFrame()) return frameTree.frame.id;
  const all: FrameNode[] = [];
  const walk = (n: FrameNode): void => {
    all.push(n);
    n.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const match = all.find((n) => n.frame.url === frame.url());
  if (!match) throw new Error(`no frame ${frame.url()} in the frame tree`);
  return match.frame.id;
}

/** Watches the page's execution contexts; `extensionName` is the manifest name (the world's name). */
export async function isolatedWorlds(page: Page, extensionName = 'Bounce Lens'): Promise<IsolatedWorlds> {
  const cdp = await page.context().newCDPSession(page);
  const seen: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
    if (event.context.auxData?.type === 'isolated' && event.context.name === extensionName) seen.push(event.context);
  });
  await cdp.send('Runtime.enable');
  return {
    contexts: () => [...seen],
    async evaluate<T>(frame: Frame, expression: string): Promise<T | null> {
      const frameId = await frameIdOf(page, frame, cdp);
      const context = [...seen].reverse().find((c) => c.auxData?.frameId === frameId);
      if (!context) return null;
      const result = (await cdp.send('Runtime.evaluate', { expression, contextId: context.id, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      return result.result.value as T;
    },
    close: () => cdp.detach(),
  };
}
