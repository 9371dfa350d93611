/** The library's version; `npm run build` checks that it matches package.json. */
export const VERSION = '0.1.0';
