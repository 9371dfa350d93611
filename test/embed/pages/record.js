// Loaded first by every embed test page (an external file, so a strict CSP allows it): records
// uncaught errors, unhandled rejections, CSP violations and console warnings for the test to read.
window.__aw = { errors: [], violations: [], warnings: [] };
addEventListener('error', (e) => window.__aw.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => window.__aw.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__aw.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__aw.warnings.push(args.map(String).join(' '));
  warn(...args);
};
