/** A draft (and a file name) made of everything that must never run as script on the review page. */

/** A file name that is itself markup (legal on Linux and macOS). */
export const HOSTILE_NAME = '"><img src=x onerror=alert(9)>.md';

/** The draft: script elements, event-handler attributes, breakouts from a JSON block, javascript: links, comments. */
export const HOSTILE_DRAFT = [
  '# <script>alert(1)</script> 12 heads "<img src=x onerror=alert(1)> rolled today," she said',
  '',
  '"><img src=x onerror=alert(2)> About 40 percent of people agreed, according to <script>alert(3)</script>.',
  '',
  '</script><script>alert(4)</script> Between 4,000 to 6,000 people came. </script><!--',
  '',
  '[click me](javascript:alert(5)) and [again]( JaVaScRiPt:alert(6)) and [data](data:text/html,<script>alert(7)</script>) and [safe](https://example.org/a?b=1&c=2) with <!-- a comment --> 12 more.',
  '',
  '<img src=x onerror=alert(8)>',
  '',
  '<!-- source: </script><script>alert(10)</script> -->',
  '',
  '"<svg onload=alert(11)> is not how anyone talks, and that is that," the official said.',
  '',
  'Line\u2028separator\u2029and ampersands & &amp; &lt;script&gt;alert(12)&lt;/script&gt; and 3 <b onmouseover=alert(13)>bold</b> claims.',
  '',
  '<script>alert(14)</script>',
  '',
  'Also <iframe src="javascript:alert(15)"></iframe> <style>body{display:none}</style> 7 of 10 say "{{constructor.constructor(\'alert(16)\')()}} is fine by us all," said ${alert(17)}.',
  '',
].join('\n');
