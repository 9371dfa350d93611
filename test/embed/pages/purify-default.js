// A hardened host page: a Trusted Types "default" policy that sanitises every HTML string with
// DOMPurify (loaded before this file), as many sites set up.
window.trustedTypes?.createPolicy('default', {
  createHTML: (html) => window.DOMPurify.sanitize(html, { RETURN_TRUSTED_TYPE: false }),
});
