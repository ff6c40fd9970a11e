// XML escaping for the checkstyle and JUnit reports. Paths and messages can hold any character; the
// output must still parse, so markup characters are escaped and characters XML 1.0 cannot carry at all
// (control characters, lone surrogates) are dropped.

const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

function strip(value: string): string {
  return value.replace(notXmlChar, '')
}

/** Text between tags. */
export function xmlText(value: string): string {
  return strip(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** An attribute value in double quotes. Tabs and line breaks become character references, which a
 * parser keeps as they are (a literal line break in an attribute would be read back as a space). */
export function xmlAttribute(value: string | number): string {
  return strip(String(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}

export const xmlDeclaration = '<?xml version="1.0" encoding="utf-8"?>'
