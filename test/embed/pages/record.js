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

// Live timers and window/document listeners, so a test can prove that removed widgets leave
// nothing running. Only counts; behaviour is unchanged.
window.__aw.timers = new Set();
const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
window.setTimeout = (fn, ms, ...rest) => {
  const id = st(
    (...a) => {
      window.__aw.timers.delete(id);
      typeof fn === 'function' ? fn(...a) : undefined;
    },
    ms,
    ...rest,
  );
  window.__aw.timers.add(id);
  return id;
};
window.clearTimeout = (id) => {
  window.__aw.timers.delete(id);
  ct(id);
};
window.setInterval = (fn, ms, ...rest) => {
  const id = si(fn, ms, ...rest);
  window.__aw.timers.add(id);
  return id;
};
window.clearInterval = (id) => {
  window.__aw.timers.delete(id);
  ci(id);
};
window.__aw.listeners = 0;
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
const counted = (target) => target === window || target === document || target === document.documentElement;
EventTarget.prototype.addEventListener = function (...args) {
  if (counted(this)) window.__aw.listeners++;
  return add.apply(this, args);
};
EventTarget.prototype.removeEventListener = function (...args) {
  if (counted(this)) window.__aw.listeners--;
  return remove.apply(this, args);
};
