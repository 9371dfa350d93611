// A host page that already owns a Trusted Types policy named "lit-html" (as Lit apps do).
window.trustedTypes?.createPolicy('lit-html', { createHTML: (s) => s });
