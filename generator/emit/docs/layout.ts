/** The reference docs' pages and the names other emitters link to. */

/** The pages, in the order of the navigation line. */
export const DOC_PAGES = [
  { file: 'README.md', title: 'Index' },
  { file: 'connecting.md', title: 'Connecting' },
  { file: 'operations.md', title: 'Operations and streams' },
  { file: 'signing.md', title: 'Signing' },
  { file: 'errors.md', title: 'Errors' },
  { file: 'enums.md', title: 'Enums' },
] as const;

/** The page that holds the operation and event sections (code.ts `docsLink` points here). */
export const OPERATIONS_PAGE = 'operations.md';

/** Marker before every example frame: `<!-- example: <kind> <destination> -->` (destination percent-encoded where needed). */
export type ExampleKind = 'request' | 'reply' | 'event' | 'error';
