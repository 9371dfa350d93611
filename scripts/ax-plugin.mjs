// A Web Test Runner command that returns the page's accessibility tree as Chromium computes it
// (CDP Accessibility.getFullAXTree): what a screen reader is given, shadow roots included.
// Other browsers answer false (null would mean "unknown command"); their tests compute names
// from the rendered DOM instead.
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const nodes = await executeServerCommand('ax-tree'); // [{ role, name, description }] or false

export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const browser = session.browser;
      if (!['Chromium', 'Chrome'].includes(browser.name) || typeof browser.getPage !== 'function') return false;
      const page = browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            role: n.role?.value ?? '',
            name: n.name?.value ?? '',
            description: n.description?.value ?? '',
          }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
